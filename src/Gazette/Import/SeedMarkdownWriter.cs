using System.Text;
using Gazette.Import.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Import;

/// <summary>Writes a <see cref="SeedPage"/> as the Markdown file a webmaster edits: YAML front matter, then the body.</summary>
internal static class SeedMarkdownWriter
{
    /// <summary>
    /// The file's text. Keys come in a fixed order so that the same seed always gives the same bytes:
    /// title, date, source, section, summary, the 信息公开 fields, seed, review.
    /// </summary>
    /// <param name="page">The parsed seed.</param>
    /// <param name="seedPath">The seed's path relative to the root, e.g. <c>seeds/000_e0b2ebfcac031705.txt</c>.</param>
    public static string Write(SeedPage page, string seedPath)
    {
        var yaml = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(yaml, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        Scalar(emitter, "title", page.Title);
        Scalar(emitter, "date", page.Date?.ToIsoString());
        Scalar(emitter, "source", page.Source ?? string.Empty);
        if (!page.Section.IsEmpty)
        {
            emitter.Emit(new Scalar("section"));
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
            foreach (var name in page.Section)
            {
                emitter.Emit(new Scalar(name));
            }

            emitter.Emit(new SequenceEnd());
        }

        Scalar(emitter, "summary", SummaryWriter.Summarize([.. page.Paragraphs]));
        var information = page.PublicInformation;
        Scalar(emitter, "index_no", information.IndexNo);
        Scalar(emitter, "publisher", information.Publisher);
        Scalar(emitter, "doc_no", information.DocNo);
        Scalar(emitter, "doc_date", information.DocDate);
        Scalar(emitter, "archived", information.Archived);
        Scalar(emitter, "status", information.Status);
        Scalar(emitter, "topic", information.Topic);
        Scalar(emitter, "keywords", information.Keywords);
        Scalar(emitter, "seed", seedPath);
        if (page.ReviewReasons is { IsEmpty: false } reasons)
        {
            Scalar(emitter, "review", string.Join("; ", reasons));
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());

        var text = new StringBuilder();
        text.Append("---\n").Append(yaml.ToString().TrimEnd('\n')).Append("\n---\n");
        foreach (var block in page.Body)
        {
            text.Append('\n');
            switch (block)
            {
                case SeedParagraph paragraph:
                    text.Append(Paragraph(paragraph.Text)).Append('\n');
                    break;
                case SeedTable table:
                    AppendTable(text, table);
                    break;
                case SeedList list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        text.Append((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.EscapeParagraph(list.Items[i])).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A paragraph with its ordinal lead, if any, in bold.</summary>
    public static string Paragraph(string text) => OrdinalLead.Split(text) is { } split
        ? "**" + MarkdownText.EscapeInline(split.Lead) + "**" + MarkdownText.EscapeInline(split.Remainder)
        : MarkdownText.EscapeParagraph(text);

    private static void AppendTable(StringBuilder text, SeedTable table)
    {
        var width = table.Rows[0].Length;
        AppendRow(text, table.Rows[0]);
        text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in table.Rows.Skip(1))
        {
            AppendRow(text, row);
        }
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(MarkdownText.EscapeInline(cell).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        text.Append('\n');
    }

    private static void Scalar(Emitter emitter, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
    }
}
