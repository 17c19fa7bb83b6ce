using Gazette.Diagnostics;

namespace Gazette.Content;

/// <summary>
/// What a body holds that the build warns about on every build until it is fixed: links shown as text because of
/// their scheme, and images without a description. Found when the file is read, so that the warnings are kept with the
/// article in the cache while its page may be reused without rendering its body again. Only a body that might hold
/// one is parsed, which keeps loading as cheap as it was.
/// </summary>
internal static class BodyWarnings
{
    /// <summary>Adds the body's warnings to <paramref name="warnings"/>, or an error when it is too deeply nested to read.</summary>
    public static void Find(MarkdownRenderer? markdown, string sourceFile, string body, int bodyLine, List<GazetteError> errors, List<GazetteError> warnings)
    {
        var unsafeLinks = SafeLinks.LinkSchemes.MayHoldUnsafeLink(body);
        var images = body.Contains("![", StringComparison.Ordinal);
        if (markdown is null || (!unsafeLinks && !images))
        {
            return;
        }

        try
        {
            if (unsafeLinks)
            {
                warnings.AddRange(markdown.UnsafeLinksIn(body, sourceFile).Select(l => new GazetteError(sourceFile, bodyLine + l.Line, l.Message)));
            }

            if (images)
            {
                warnings.AddRange(markdown.ImagesWithoutDescription(body, sourceFile).Select(i => new GazetteError(
                    sourceFile,
                    bodyLine + i.Line,
                    $"image '{i.Url}' has no description: write what it shows between the brackets, ![苏州市人社局办事大厅](…), so that readers who cannot see it (a screen reader, a broken image) still learn it")));
            }
        }
        catch (GazetteException e)
        {
            errors.AddRange(e.Errors);
        }
    }
}
