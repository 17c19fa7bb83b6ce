using Gazette.Diagnostics;
using Gazette.FileSystem;

namespace Gazette.Output;

/// <summary>
/// The output folder and the folders beside it that a build uses to replace it whole: <c>.output.next</c>, the release
/// being made; <c>.output.spare</c>, the release before the deployed one, kept so that the next release is made by
/// bringing it up to date rather than from nothing; and <c>.output.old</c>, the old release between two renames where
/// folders cannot be exchanged in one step. Going live is one atomic exchange; whatever a killed build leaves is
/// put right by the next.
/// </summary>
/// <param name="output">The output folder, links resolved.</param>
/// <param name="parent">The folder that holds it.</param>
/// <param name="shown">The output folder as the webmaster gave it, for messages.</param>
internal sealed class OutputRelease(string output, string parent, string shown)
{
    /// <summary>The release being made.</summary>
    public string Next { get; } = Path.Combine(parent, $".{Path.GetFileName(output)}.next");

    /// <summary>The release before the deployed one.</summary>
    public string Spare { get; } = Path.Combine(parent, $".{Path.GetFileName(output)}.spare");

    /// <summary>The old release, between the two renames where folders cannot be exchanged in one step.</summary>
    private string Old { get; } = Path.Combine(parent, $".{Path.GetFileName(output)}.old");

    /// <summary>
    /// Puts right what an interrupted build left beside the output: an old release moved aside goes back when the new
    /// one never took its place; otherwise it, or a release a build was making, becomes the spare (whatever is reused of
    /// a spare is checked first, so a half-made one serves as well). Call before reading the output folder.
    /// </summary>
    public void Recover()
    {
        var leftover = Old;
        try
        {
            if (!Directory.Exists(output) && IsFolder(Old))
            {
                Directory.Move(Old, output);
            }

            foreach (var release in new[] { Next, Old })
            {
                leftover = release;
                if (IsFolder(release) && !IsFolder(Spare))
                {
                    ReleaseFolder.Delete(Spare);
                    Directory.Move(release, Spare);
                }

                ReleaseFolder.Delete(release);
            }

            // A link or a file standing where the spare goes is removed, so that nothing is ever written through it.
            leftover = Spare;
            if (!IsFolder(Spare))
            {
                ReleaseFolder.Delete(Spare);
            }

            // Earlier versions staged here.
            leftover = Path.Combine(parent, $".{Path.GetFileName(output)}.staging");
            ReleaseFolder.Delete(leftover);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GazetteException(new GazetteError(leftover, null, $"an earlier build left this folder and it cannot be removed ({e.Message}); remove it by hand, then build again"));
        }
    }

    /// <summary>
    /// Moves the spare to <see cref="Next"/> to be brought up to date, and says whether there was one. Without a
    /// deployed output there is nothing to bring up to date from.
    /// </summary>
    public bool TakeSpare(bool live)
    {
        ReleaseFolder.Delete(Next);
        if (!live)
        {
            ReleaseFolder.Delete(Spare);
            return false;
        }

        if (IsFolder(Spare))
        {
            Directory.Move(Spare, Next);
            return true;
        }

        return false;
    }

    /// <summary>After a failed build, keeps the release it was making as the spare, for the next build to start from.</summary>
    public void ReturnSpare()
    {
        try
        {
            if (IsFolder(Next) && !IsFolder(Spare))
            {
                Directory.Move(Next, Spare);
            }

            ReleaseFolder.Delete(Next);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build starts from whatever is left, or from nothing.
        }
    }

    /// <summary>Puts the new release in place of the old one, which becomes the spare; says whether it did become the spare.</summary>
    public bool GoLive(bool live)
    {
        string previous;
        try
        {
            if (!live)
            {
                Directory.Move(Next, output);
                return false;
            }

            if (NativeFileSystem.TryExchange(Next, output))
            {
                previous = Next;
            }
            else
            {
                // Without an atomic exchange there is a moment with no output folder; a build killed then finds the
                // old release beside it and puts it back (Recover).
                Directory.Move(output, Old);
                try
                {
                    Directory.Move(Next, output);
                }
                catch
                {
                    Directory.Move(Old, output);
                    throw;
                }

                previous = Old;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReturnSpare();
            throw new GazetteException(new GazetteError(shown, null, $"could not put the new site in place ({e.Message}); the output folder was not changed"));
        }

        try
        {
            ReleaseFolder.Delete(Spare);
            Directory.Move(previous, Spare);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new site is live; the next build puts the old release right (Recover) or starts from nothing.
            return false;
        }
    }

    private static bool IsFolder(string path) => Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null;
}
