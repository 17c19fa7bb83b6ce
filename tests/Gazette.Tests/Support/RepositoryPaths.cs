namespace Gazette.Tests.Support;

/// <summary>Finds the repository the tests run from, so they can use its seed, theme and golden files.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Golden => Path.Combine(Root, "tests", "Gazette.Tests", "Golden");

    public static string SeedFixtures => Path.Combine(Root, "tests", "Gazette.Tests", "Fixtures", "Seeds");

    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Gazette.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Gazette.slnx) above " + AppContext.BaseDirectory);
    }
}
