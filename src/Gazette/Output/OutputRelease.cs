using Gazette.Diagnostics;
using Gazette.FileSystem;

namespace Gazette.Output;

/// <summary>
/// The output folder and the two folders beside it that a build uses to replace it whole: <c>.output.next</c>, the
/// release being made, and <c>.output.old</c>, the old release between two renames where folders cannot be exchanged
/// in one step. Going live is one atomic exchange; whatever a killed build leaves is cleared by the next.
/// </summary>
/// <param name="output">The output folder, links resolved.</param>
/// <param name="parent">The folder that holds it.</param>
/// <param name="shown">The output folder as the webmaster gave it, for messages.</param>
internal sealed class OutputRelease(string output, string parent, string shown)
{
    /// <summary>The release being made.</summary>
    public string Next { get; } = Path.Combine(parent, $".{Path.GetFileName(output)}.next");

    /// <summary>The old release, between the two renames where folders cannot be exchanged in one step.</summary>
    private string Old { get; } = Path.Combine(parent, $".{Path.GetFileName(output)}.old");

    /// <summary>
    /// Clears what an interrupted build left beside the output: a release it was making, or the old release it had
    /// moved aside (put back when the new one never took its place). Call before reading the output folder.
    /// </summary>
    public void Recover()
    {
        var leftover = Old;
        try
        {
            if (!Directory.Exists(output) && Directory.Exists(Old))
            {
                Directory.Move(Old, output);
            }

            ReleaseFolder.Delete(Old);
            leftover = Next;
            ReleaseFolder.Delete(Next);

            // Earlier versions staged here.
            leftover = Path.Combine(parent, $".{Path.GetFileName(output)}.staging");
            ReleaseFolder.Delete(leftover);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GazetteException(new GazetteError(leftover, null, $"an earlier build left this folder and it cannot be removed ({e.Message}); remove it by hand, then build again"));
        }
    }

    /// <summary>Puts the new release in place of the old one, then deletes the old one.</summary>
    public void GoLive(bool live)
    {
        string previous;
        try
        {
            if (!live)
            {
                Directory.Move(Next, output);
                return;
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
            ReleaseFolder.Delete(Next);
            throw new GazetteException(new GazetteError(shown, null, $"could not put the new site in place ({e.Message}); the output folder was not changed"));
        }

        try
        {
            ReleaseFolder.Delete(previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new site is live; the next build tries again to remove the old one (Recover).
        }
    }
}
