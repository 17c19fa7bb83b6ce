using System.Globalization;
using System.Text;

namespace Gazette.Corpus;

/// <summary>
/// The body of a long article (<see cref="CorpusProfile.Long"/>): an opening paragraph, then parts headed 一、二、…
/// in bold, each with sections (一)(二)… of one to three paragraphs, a table of 5 to 15 rows in some parts, and a
/// closing with 附件 and a date, until the body reaches a size between 6 and 12 KB of UTF-8.
/// </summary>
internal static class LongBody
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly string[] Parts = ["总体要求", "主要任务", "工作措施", "保障措施", "工作安排", "职责分工", "组织实施", "工作要求"];

    /// <summary>A body drawn from <paramref name="random"/>, its paragraphs made by <paramref name="paragraphOf"/>.</summary>
    public static string Write(Random random, DateTime day, Func<Random, string> paragraphOf)
    {
        // The closing adds about 150 bytes; a Chinese character is 3.
        var target = (6 * 1024) + random.Next(6 * 1024) - 150;
        var text = new StringBuilder();
        text.Append(paragraphOf(random)).Append("\n\n");
        bool Full() => text.Length * 3 >= target;
        for (var part = 0; !Full() && part < Numerals.Length; part++)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{Numerals[part]}、{CorpusGenerator.Pick(random, Parts)}**\n\n");
            for (var section = 0; !Full() && section < 2 + random.Next(4); section++)
            {
                text.Append(CultureInfo.InvariantCulture, $"({Numerals[section]}){CorpusGenerator.Pick(random, CorpusGenerator.Objects)}。");
                for (var paragraph = 0; paragraph == 0 || (!Full() && paragraph < 1 + random.Next(3)); paragraph++)
                {
                    text.Append(paragraphOf(random)).Append("\n\n");
                }
            }

            if (random.Next(3) == 0)
            {
                Table(random, text);
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"附件:{CorpusGenerator.Pick(random, CorpusGenerator.Objects)}情况统计表\n\n");
        text.Append(CultureInfo.InvariantCulture, $"苏州市人力资源和社会保障局\n\n{day.Year}年{day.Month}月{day.Day}日\n");
        return text.ToString();
    }

    private static void Table(Random random, StringBuilder text)
    {
        text.Append("| 序号 | 项目 | 责任单位 | 人数 | 金额(万元) | 完成时限 |\n| --- | --- | --- | --- | --- | --- |\n");
        for (var row = 1; row <= 5 + random.Next(11); row++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {row} | {CorpusGenerator.Pick(random, CorpusGenerator.Objects)} | {CorpusGenerator.Pick(random, CorpusGenerator.Subjects)} | {random.Next(100, 99999)} | {random.Next(10, 9999)}.{random.Next(10)} | {2010 + random.Next(15)}年{1 + random.Next(12)}月底前 |\n");
        }

        text.Append('\n');
    }
}
