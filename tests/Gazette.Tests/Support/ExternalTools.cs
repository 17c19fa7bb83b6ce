namespace Gazette.Tests.Support;

/// <summary>
/// The programs the theme tests drive: Java with the Nu Html Checker, Debian's Chromium, axe-core. <c>.ci/run</c>
/// installs them and sets <c>GAZETTE_REQUIRE_TOOLS=1</c>, so that in CI a missing tool fails the tests; on a
/// developer's machine without them the tests are skipped with the reason.
/// </summary>
internal static class ExternalTools
{
    public static string ToolsFolder => Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules");

    public static string VnuJar => Path.Combine(ToolsFolder, "vnu-jar", "build", "dist", "vnu.jar");

    public static string AxeScript => Path.Combine(ToolsFolder, "axe-core", "axe.min.js");

    public static string Chromium => Environment.GetEnvironmentVariable("GAZETTE_CHROMIUM") ?? "/usr/bin/chromium";

    public static string? Java => FindOnPath("java");

    /// <summary>Where screenshots go for a person to look at (ignored by git).</summary>
    public static string Screenshots => Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    private static bool Required => Environment.GetEnvironmentVariable("GAZETTE_REQUIRE_TOOLS") == "1";

    /// <summary>Skips the test when a tool is missing, or fails it when CI requires the tools.</summary>
    public static void Require(bool present, string what)
    {
        if (!present && Required)
        {
            Assert.Fail($"{what} is missing, and GAZETTE_REQUIRE_TOOLS=1 says these tests must run (.ci/run installs it)");
        }

        Skip.IfNot(present, $"{what} is missing; run .ci/run, or install it as .ci/run does, to run this test");
    }

    public static void RequireChecker()
    {
        Require(Java is not null, "java");
        Require(File.Exists(VnuJar), $"the Nu Html Checker ({VnuJar}; npm install in tests/tools)");
    }

    public static void RequireBrowser()
    {
        Require(File.Exists(Chromium), $"Chromium ({Chromium}; apt-get install chromium)");
        Require(File.Exists(AxeScript), $"axe-core ({AxeScript}; npm install in tests/tools)");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
