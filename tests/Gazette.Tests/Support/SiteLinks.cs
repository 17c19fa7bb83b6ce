using AngleSharp.Html.Parser;

namespace Gazette.Tests.Support;

/// <summary>Checks, independently of Gazette's own link check, that every internal link of a built site leads to a built file.</summary>
internal static class SiteLinks
{
    /// <summary>The broken links as "page -> link", and how many internal links were followed.</summary>
    public static (List<string> Broken, int Checked) Check(SortedDictionary<string, byte[]> files, string basePath)
    {
        var broken = new List<string>();
        var followed = 0;
        var parser = new HtmlParser();
        foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var link in links.Where(l => !l.Contains(':', StringComparison.Ordinal) && !l.StartsWith('#')))
            {
                followed++;
                if (!link.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add($"{path} -> {link} (outside {basePath})");
                    continue;
                }

                var target = Uri.UnescapeDataString(link[basePath.Length..].Split('#')[0]);
                target = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                if (!files.ContainsKey(target))
                {
                    broken.Add($"{path} -> {link}");
                }
            }
        }

        return (broken, followed);
    }
}
