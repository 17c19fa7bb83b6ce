namespace Gazette.Import.Parsing;

/// <summary>
/// The cursor the readers share: a seed's normalised lines, what each line is (<see cref="LineKind"/>), and the markers
/// readers establish — where the page starts under the breadcrumb (<see cref="Top"/>), where the after-body chrome
/// starts (<see cref="Tail"/>), and the date line (<see cref="Meta"/>). Readers change it only through the named
/// operations below, so what a reader leaves for the next ones can be read off its calls.
/// </summary>
internal sealed class SeedLines
{
    private readonly string[] lines;
    private readonly LineKind[] kinds;

    /// <summary>Classifies normalised lines (see <see cref="SeedText.Normalize"/>): empty, chrome wherever it stands, or text.</summary>
    public SeedLines(string[] lines)
    {
        this.lines = lines;
        kinds = new LineKind[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            kinds[i] = lines[i].Length == 0 ? LineKind.Empty : ChromeLines.IsChrome(lines[i]) ? LineKind.Chrome : LineKind.Text;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.Text && ChromeLines.IsMenu(lines[i], Neighbour(i, -1), Neighbour(i, 1)))
            {
                kinds[i] = LineKind.Chrome;
            }
        }

        Tail = lines.Length;
    }

    /// <summary>The nearest non-empty line above (-1) or below (+1) a line, or null.</summary>
    private string? Neighbour(int line, int step)
    {
        for (var i = line + step; i >= 0 && i < lines.Length; i += step)
        {
            if (lines[i].Length > 0)
            {
                return lines[i];
            }
        }

        return null;
    }

    /// <summary>The number of lines.</summary>
    public int Count => lines.Length;

    /// <summary>The text of a line.</summary>
    public string this[int line] => lines[line];

    /// <summary>All lines in order, for readers that search the whole page (the footer).</summary>
    public IReadOnlyList<string> All => lines;

    /// <summary>The first line under the breadcrumb; 0 until one is found, and when there is none.</summary>
    public int Top { get; private set; }

    /// <summary>Whether a breadcrumb was found, so that the page has a known frame.</summary>
    public bool HasBreadcrumb => Top > 0;

    /// <summary>Where the after-body chrome (related articles, footer) starts; the line count until a reader says otherwise.</summary>
    public int Tail { get; private set; }

    /// <summary>The date and source line, or null when there is none.</summary>
    public LineRange? Meta { get; private set; }

    /// <summary>The 信息公开 table, from its first row to its last, or null when the page has none.</summary>
    public LineRange? Table { get; private set; }

    /// <summary>The lines of a range, in order.</summary>
    public IReadOnlyList<string> Slice(LineRange range) => lines[range.Start..(range.End + 1)];

    /// <summary>What a line is now.</summary>
    public LineKind KindOf(int line) => kinds[line];

    /// <summary>Whether a line is still unclaimed text.</summary>
    public bool IsText(int line) => kinds[line] == LineKind.Text;

    /// <summary>Starts the page under a breadcrumb: the breadcrumb and everything above it become chrome.</summary>
    public void StartBelow(int breadcrumb)
    {
        Top = breadcrumb + 1;
        for (var i = 0; i < Top; i++)
        {
            kinds[i] = LineKind.Chrome;
        }
    }

    /// <summary>Ends the page's content where its after-body chrome starts.</summary>
    public void EndBefore(int tail) => Tail = tail;

    /// <summary>Marks one line as a field of the page.</summary>
    public void MarkMeta(int line) => kinds[line] = LineKind.Meta;

    /// <summary>Records the 信息公开 table and marks its rows as fields of the page.</summary>
    public void MarkTable(IReadOnlyList<int> rows)
    {
        foreach (var row in rows)
        {
            kinds[row] = LineKind.Meta;
        }

        Table = new LineRange(rows.Min(), rows.Max());
    }

    /// <summary>Marks one line as page chrome.</summary>
    public void MarkChrome(int line) => kinds[line] = LineKind.Chrome;

    /// <summary>Records the date line and marks its lines as fields of the page.</summary>
    public void MarkDateLine(LineRange range)
    {
        Meta = range;
        for (var i = range.Start; i <= range.End; i++)
        {
            kinds[i] = LineKind.Meta;
        }
    }

    /// <summary>The unclaimed text lines from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public IEnumerable<int> TextLines(int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Where(IsText);

    /// <summary>The text and blank lines from <paramref name="from"/> up to, not including, <paramref name="to"/>: a stretch of body.</summary>
    public IEnumerable<int> BodyLines(int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Where(i => kinds[i] is LineKind.Text or LineKind.Empty);

    /// <summary>The last unclaimed text line at or above <paramref name="from"/> and not above <see cref="Top"/>, or -1.</summary>
    public int LastTextFrom(int from)
    {
        for (var i = from; i >= Top; i--)
        {
            if (kinds[i] == LineKind.Text)
            {
                return i;
            }
        }

        return -1;
    }
}
