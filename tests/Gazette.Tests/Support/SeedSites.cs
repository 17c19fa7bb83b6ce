namespace Gazette.Tests.Support;

/// <summary>The bureau's site with a few seed fixtures, and a clock under which files just written look old enough to trust.</summary>
internal static class SeedSites
{
    /// <summary>The fixtures the import cache and seal tests import.</summary>
    public static readonly string[] Fixtures = ["01_you_are_here.txt", "19_public_information.txt", "37_bullet_metadata.txt"];

    /// <summary>Ahead of the files' times by more than the file system's granularity: sizes and times alone vouch for them.</summary>
    public static readonly TimeProvider Later = new ShiftedClock(TimeSpan.FromMinutes(10));

    /// <summary>The bureau's site (with its own seed) and <see cref="Fixtures"/> under <c>seeds/</c>.</summary>
    public static TestSite WithFixtures()
    {
        var site = TestSite.Bureau();
        foreach (var fixture in Fixtures)
        {
            site.Write($"seeds/{fixture}", File.ReadAllText(Path.Combine(RepositoryPaths.SeedFixtures, fixture)));
        }

        return site;
    }
}
