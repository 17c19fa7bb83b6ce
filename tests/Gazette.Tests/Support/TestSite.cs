using System.Text;
using Gazette.Build;
using Gazette.Content;
using Gazette.Import;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Tests.Support;

/// <summary>A site in a temporary folder, made from an inline list of files plus the repository's theme.</summary>
internal sealed class TestSite : IDisposable
{
    public const string Settings = """
        title: 测试人社局
        base_url: https://example.gov.cn
        page_size: 2
        sections:
          - name: 资讯中心
            slug: zxzx
            sections:
              - name: 新闻动态
                slug: xwdt
                type: 工作动态
              - name: 通知公告
                slug: tzgg
          - name: 政务公开
            slug: zwgk
        footer:
          sponsor: 测试人社局
          site_code: "1234567890"
          icp: 苏ICP备00000000号-1
          police: 苏公网安备 00000000000000号

        """;

    private TestSite(string root)
    {
        Root = root;
        Paths = SitePaths.For(root);
    }

    public string Root { get; }

    public SitePaths Paths { get; }

    /// <summary>Creates a site from path/text pairs; the repository theme is copied in unless a theme file is given.</summary>
    public static TestSite Create(params (string Path, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "gazette-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        if (!files.Any(f => f.Path.StartsWith("theme/", StringComparison.Ordinal)))
        {
            CopyFolder(RepositoryPaths.Theme, Path.Combine(root, "theme"));
        }

        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }

        return site;
    }

    /// <summary>The bureau's own settings (the repository's input/_site.yml) with its seed in seeds/.</summary>
    public static TestSite Bureau()
    {
        var site = Create(("input/_site.yml", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "input", "_site.yml"))));
        site.CopySeed(BureauSeed);
        return site;
    }

    public const string BureauSeed = "000_e0b2ebfcac031705.txt";

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void CopySeed(string name) =>
        File.Copy(Path.Combine(RepositoryPaths.Seeds, name), Path.Combine(Directory.CreateDirectory(Paths.Seeds).FullName, name));

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public string ReadOutput(string sitePath) => File.ReadAllText(Path.Combine(Paths.Output, sitePath));

    public bool OutputExists(string sitePath) => File.Exists(Path.Combine(Paths.Output, sitePath));

    /// <summary>A file the build wrote to <c>deploy/</c>, for the web server.</summary>
    public string ReadDeploy(string name) => File.ReadAllText(Path.Combine(Paths.Deploy, name));

    public bool DeployExists(string name) => File.Exists(Path.Combine(Paths.Deploy, name));

    /// <summary>Every output file and its bytes, keyed by site path.</summary>
    public SortedDictionary<string, byte[]> Snapshot(string? folder = null)
    {
        var root = folder ?? Paths.Output;
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                result[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return result;
    }

    /// <summary>
    /// The folders a build left beside the output, but for the spare (the release before the deployed one, which is
    /// kept on purpose for the next build to start from).
    /// </summary>
    public IEnumerable<string> Leftovers() =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(Paths.Output)!, ".output.*").Select(Path.GetFileName).OfType<string>().Where(n => n != ".output.spare");

    public Task<BuildResult> BuildAsync() => new SiteBuilder(TimeProvider.System).BuildAsync(Paths, CancellationToken.None);

    /// <summary>
    /// The site's articles as a build loads them, without any cache; sections are those of <paramref name="settings"/>
    /// when given; released by <paramref name="release"/> at <paramref name="now"/> (by default, a public build now).
    /// </summary>
    public async Task<ContentSet> LoadContentAsync(SiteSettings? settings = null, ReleaseRules? release = null, DateTimeOffset? now = null)
    {
        settings ??= await SiteSettingsLoader.LoadAsync(Paths, CancellationToken.None);
        var inputs = await InputSnapshot.ScanAsync(Paths, TimeProvider.System, CancellationToken.None, record: false);
        var clock = now ?? TimeProvider.System.GetUtcNow();
        return (await ContentLoader.LoadAsync(Paths, settings, inputs, null, release ?? ReleaseRules.Publish, clock, CancellationToken.None)).Content;
    }

    public Task<ImportReport> ImportAsync() => Importer.ImportAsync(Paths, TimeProvider.System, recheckMarkdown: true, CancellationToken.None);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A minimal article file.</summary>
    public static string Article(string title, string date, string section, string body = "正文。", string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\nsection: {section}\n{extra}---\n\n{body}\n";

    /// <summary>Copies every file of a folder, keeping its layout.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
