using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Content;

/// <summary>
/// <c>gazette new</c>: a draft article in a section of <c>_site.yml</c>, dated now in Beijing time, at
/// <c>input/{section slugs}/{yyyyMM}/{slug}.md</c>. It never overwrites a file, and refuses a section the settings do
/// not have, naming those they do.
/// </summary>
public static class NewArticle
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // JSON strings are YAML double-quoted scalars; Chinese is kept as it is rather than escaped.
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes the draft and returns its path relative to the root. <paramref name="section"/> is the section's names or
    /// slugs from the top, separated by <c>/</c> (资讯中心/通知公告 or zxzx/tzgg). Throws <see cref="GazetteException"/>
    /// for an unknown section, an empty title, a bad slug or a file that already exists.
    /// </summary>
    public static async Task<string> CreateAsync(SitePaths paths, string section, string title, string? slug, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = await SiteSettingsLoader.LoadAsync(paths, cancellationToken);
        var target = Find(settings.Sections, section)
            ?? throw Refusal($"no section '{section}' in {SitePaths.SiteSettingsFileName}; the sections are: "
                + string.Join(", ", settings.Sections.All.Select(s => $"{string.Join('/', s.Names)} ({s.SlugPath})")));
        title = ControlCharacters.OneLine(title)?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            throw Refusal("the title is empty; give the article's title in quotes");
        }

        var now = clock.GetUtcNow().ToOffset(Beijing);
        slug ??= now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-"
            + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\n{now:O}")))[..6];
        var problem = slug.Contains('/', StringComparison.Ordinal) ? "holds a slash" : AddressRules.SegmentProblem(slug);
        if (problem is not null)
        {
            throw Refusal($"--slug '{slug}' cannot name a file: it {problem}");
        }

        var relative = $"input/{target.SlugPath}/{now.ToString("yyyyMM", CultureInfo.InvariantCulture)}/{slug}.md";
        var full = Path.Combine(paths.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var text = $"""
            ---
            title: {JsonSerializer.Serialize(title, Quoting)}
            date: {now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}
            section: {JsonSerializer.Serialize(target.Names, Quoting)}
            slug: {slug}
            draft: true
            ---

            正文。

            """;
        try
        {
            // CreateNew: a file that exists, or appears meanwhile, is never overwritten.
            await using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            await stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
        }
        catch (IOException) when (File.Exists(full))
        {
            throw Refusal($"{relative} already exists; give another --slug");
        }

        return relative;

        GazetteException Refusal(string message) => new(new GazetteError("gazette new", null, message));
    }

    private static Section? Find(SectionTree tree, string path)
    {
        var segments = path.Split(['/', '>', '＞'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Section? found = null;
        var candidates = tree.Roots;
        foreach (var segment in segments)
        {
            found = candidates.FirstOrDefault(s => s.Slug == segment || s.Name == segment);
            if (found is null)
            {
                return null;
            }

            candidates = found.Children;
        }

        return found;
    }
}
