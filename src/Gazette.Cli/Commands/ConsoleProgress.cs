using System.Globalization;
using Gazette.Diagnostics;

namespace Gazette.Cli.Commands;

/// <summary>
/// Shows a build's progress: one line redrawn in place on a terminal, or a plain line at most every two seconds when
/// the output goes to a file or a CI log.
/// </summary>
internal sealed class ConsoleProgress(TextWriter writer, bool interactive, TimeProvider timeProvider) : IProgress<BuildProgress>
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private long _lastPlain = timeProvider.GetTimestamp();
    private bool _drawn;

    public void Report(BuildProgress value)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{value.Stage}… {value.PagesRendered} pages rendered");
        lock (_gate)
        {
            if (interactive)
            {
                writer.Write("\r" + text.PadRight(60));
                _drawn = true;
            }
            else if (timeProvider.GetElapsedTime(_lastPlain) >= PlainInterval)
            {
                writer.WriteLine(text);
                _lastPlain = timeProvider.GetTimestamp();
            }
        }
    }

    /// <summary>Clears the in-place line before the summary is printed.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                writer.Write("\r" + new string(' ', 60) + "\r");
                _drawn = false;
            }
        }
    }
}
