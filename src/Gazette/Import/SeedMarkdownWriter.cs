using System.Text;
using Gazette.Site;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Import;

/// <summary>Writes a <see cref="SeedPage"/> as the Markdown file a webmaster edits: YAML front matter, then the body.</summary>
public static class SeedMarkdownWriter
{
    /// <summary>
    /// The file's text. Keys come in a fixed order (title, date, source, section, summary, seed, review) so that the same
    /// seed always gives the same bytes.
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
        if (page.Title is { } title)
        {
            Scalar(emitter, "title", title);
        }

        if (page.Date is { } date)
        {
            Scalar(emitter, "date", date.ToIsoString());
        }

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

        if (SummaryWriter.Summarize(page.Paragraphs) is { } summary)
        {
            Scalar(emitter, "summary", summary);
        }

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
        foreach (var paragraph in page.Paragraphs)
        {
            text.Append('\n').Append(MarkdownText.EscapeParagraph(paragraph)).Append('\n');
        }

        return text.ToString();
    }

    private static void Scalar(Emitter emitter, string key, string value)
    {
        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
    }
}
