using System.Threading.Channels;
using Gazette.Site;

namespace Gazette.Preview;

/// <summary>
/// Watches what a build reads — <c>input/</c> (with <c>_site.yml</c>), <c>theme/</c> and <c>seeds/</c> — and queues a
/// notice for every change, saying whether it was a seed (which needs an import first). Editors' scratch files (vim's
/// swap files and <c>4913</c>, backups ending in <c>~</c>, hidden files) are not changes to the site.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Starts watching the site's folders that exist.</summary>
    public ChangeWatcher(SitePaths paths)
    {
        foreach (var (folder, seeds) in new[] { (paths.Input, false), (paths.Theme, false), (paths.Seeds, true) })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Notice(e.Name, seeds);
            watcher.Created += (_, e) => Notice(e.Name, seeds);
            watcher.Deleted += (_, e) => Notice(e.Name, seeds);
            watcher.Renamed += (_, e) => Notice(e.Name, seeds, e.OldName);

            // Too many changes at once overflow the watcher's buffer: whatever they were, build again.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(seeds);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The changes as they happen: true for a change under <c>seeds/</c>.</summary>
    public ChannelReader<bool> Changes => _changes.Reader;

    /// <summary>Whether a changed file's name is one of an editor's scratch files rather than the site's.</summary>
    public static bool IsScratch(string? relativeName)
    {
        var name = Path.GetFileName(relativeName);
        return string.IsNullOrEmpty(name)
            || name[0] is '.' or '#'
            || name.EndsWith('~')
            || name is "4913"
            || Path.GetExtension(name) is ".swp" or ".swo" or ".swx" or ".tmp";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Notice(string? name, bool seeds, string? oldName = null)
    {
        if (!IsScratch(name) || (oldName is not null && !IsScratch(oldName)))
        {
            _changes.Writer.TryWrite(seeds);
        }
    }
}
