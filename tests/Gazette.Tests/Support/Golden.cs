using System.Text;

namespace Gazette.Tests.Support;

/// <summary>
/// Compares text with a committed golden file and fails with a readable diff. Set GAZETTE_UPDATE_GOLDEN=1 to rewrite
/// the golden files from the current output (then review the change in git).
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Golden, name);
        if (Environment.GetEnvironmentVariable("GAZETTE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with GAZETTE_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        Assert.Fail($"{name} differs from its golden file:\n{Diff(expected, actual)}\n(if the change is intended, rerun with GAZETTE_UPDATE_GOLDEN=1)");
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        var report = new StringBuilder();
        report.AppendLine($"first difference at line {line + 1}:");
        for (var i = Math.Max(0, line - 2); i < Math.Min(e.Length, line + 3); i++)
        {
            report.AppendLine($"- {i + 1,4}: {e[i]}");
        }

        for (var i = Math.Max(0, line - 2); i < Math.Min(a.Length, line + 3); i++)
        {
            report.AppendLine($"+ {i + 1,4}: {a[i]}");
        }

        return report.ToString();
    }
}
