using Gazette.Incremental;
using Gazette.Tests.Support;

namespace Gazette.Tests.Incremental;

/// <summary>A folder tree's digest moves with every change a later run must notice, and with nothing else.</summary>
public sealed class FolderStateTests
{
    private static readonly DateTime Old = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A tree of two seeds in two folders, every time set well in the past.</summary>
    private static TestSite Tree()
    {
        var site = TestSite.Create(("seeds/a.txt", "甲"), ("seeds/zxzx/b.txt", "乙"), ("seeds/zxzx/notes.md", "备注"));
        foreach (var path in Directory.EnumerateFileSystemEntries(site.Paths.Seeds, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(path, Old);
        }

        Directory.SetLastWriteTimeUtc(Path.Combine(site.Paths.Seeds, "zxzx"), Old);
        Directory.SetLastWriteTimeUtc(site.Paths.Seeds, Old);
        return site;
    }

    private static FolderState Read(TestSite site) => FolderState.Read(site.Paths.Seeds, ".txt", CancellationToken.None)!;

    [Fact]
    public void Lists_the_files_of_the_kind_asked_and_every_folder_by_relative_path()
    {
        using var site = Tree();

        var state = Read(site);

        Assert.Equal(["a.txt", "zxzx/b.txt"], state.Files.Select(f => f.Path));
        Assert.Equal(["", "zxzx"], state.Folders.Select(f => f.Path));
        Assert.Equal(Old.Ticks, state.Files[0].WriteTimeTicks);
        Assert.Equal(3, state.Files[0].Size);
        Assert.Equal(Read(site).Digest, state.Digest);
    }

    [Fact]
    public void A_file_written_in_place_changes_the_digest()
    {
        using var site = Tree();
        var before = Read(site).Digest;
        var path = Path.Combine(site.Paths.Seeds, "zxzx", "b.txt");

        File.WriteAllText(path, "丙");
        File.SetLastWriteTimeUtc(path, Old.AddSeconds(1));

        Assert.NotEqual(before, Read(site).Digest);
    }

    [Fact]
    public void A_file_added_removed_or_renamed_changes_the_digest_through_its_folder()
    {
        using var site = Tree();
        var before = Read(site).Digest;
        var folder = Path.Combine(site.Paths.Seeds, "zxzx");

        File.Move(Path.Combine(folder, "b.txt"), Path.Combine(folder, "c.txt"));
        File.SetLastWriteTimeUtc(Path.Combine(folder, "c.txt"), Old);
        var renamed = Read(site);
        Directory.SetLastWriteTimeUtc(folder, Old);

        Assert.NotEqual(before, renamed.Digest);
        Assert.NotEqual(before, Read(site).Digest);
    }

    [Fact]
    public void A_symbolic_link_is_not_listed_but_adding_one_changes_the_digest()
    {
        using var site = Tree();
        var before = Read(site).Digest;

        File.CreateSymbolicLink(Path.Combine(site.Paths.Seeds, "link.txt"), Path.Combine(site.Paths.Seeds, "a.txt"));
        var after = Read(site);

        Assert.DoesNotContain(after.Files, f => f.Path == "link.txt");
        Assert.NotEqual(before, after.Digest);
    }

    [Fact]
    public void A_file_of_another_kind_changes_nothing_while_its_folder_time_stands()
    {
        using var site = Tree();
        var before = Read(site).Digest;
        var notes = Path.Combine(site.Paths.Seeds, "zxzx", "notes.md");

        File.WriteAllText(notes, "新的备注，长一些");

        Assert.Equal(before, Read(site).Digest);
    }

    [Fact]
    public void Times_are_trusted_only_when_older_than_the_file_system_can_blur()
    {
        using var site = Tree();
        var state = Read(site);

        Assert.True(state.TrustedAt(Old.AddSeconds(10).Ticks));
        Assert.False(state.TrustedAt(Old.AddSeconds(1).Ticks));
    }

    [Fact]
    public void A_missing_folder_is_an_empty_tree()
    {
        using var site = TestSite.Create();

        var state = FolderState.Read(Path.Combine(site.Root, "nowhere"), ".txt", CancellationToken.None)!;

        Assert.Empty(state.Files);
        Assert.Empty(state.Folders);
    }
}
