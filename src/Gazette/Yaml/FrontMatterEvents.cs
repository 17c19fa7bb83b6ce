using Gazette.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Yaml;

/// <summary>
/// The parsing events of a front matter in the shape nearly every article has — one <c>key: value</c> a line, a
/// value plain, quoted without escapes, a flow list of plain items (<c>[资讯中心, 媒体聚焦]</c>) or a block list of
/// such values — made in one pass over the lines, with the positions YamlDotNet's parser gives, so that the node model
/// loaded from them is the one its parser would load. YamlDotNet's scanner took a third of the time loading an article.
/// Anything else (comments, blank lines, tabs, escapes, nested maps, multi-line values, anchors, a value starting
/// with an indicator) is declined, and the caller parses the text with YamlDotNet: this is a shortcut, never a
/// second reading of YAML. Tests hold the events to the parser's on generated front matter.
/// </summary>
internal sealed class FrontMatterEvents : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    private FrontMatterEvents(List<ParsingEvent> events) => _events = events;

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_next == _events.Count)
        {
            Current = null;
            return false;
        }

        Current = _events[_next++];
        return true;
    }

    /// <summary>The events of <paramref name="text"/>, or null when it is not of the shape read here.</summary>
    public static FrontMatterEvents? TryRead(string text)
    {
        if (text.Length == 0 || HasSpecialCharacters(text))
        {
            return null;
        }

        var lines = new LineCursor(text);
        var start = lines.Mark(0);
        var events = new List<ParsingEvent>(24)
        {
            new StreamStart(start, start),
            new DocumentStart(null, null, isImplicit: true, start, start),
            new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, start, start),
        };
        while (lines.HasLine)
        {
            if (!TryReadEntry(ref lines, events))
            {
                return null;
            }
        }

        var end = lines.Mark(text.Length);
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(isImplicit: true, end, end));
        events.Add(new StreamEnd(end, end));
        return new FrontMatterEvents(events);
    }

    // One "key: value" line, or "key:" and the block list below it.
    private static bool TryReadEntry(ref LineCursor lines, List<ParsingEvent> events)
    {
        var line = lines.Line;
        var at = lines.Start;
        var colon = line.IndexOf(':');
        if (colon <= 0 || !IsKey(line[..colon]))
        {
            return false;
        }

        events.Add(Plain(line[..colon].ToString(), lines.Mark(at), lines.Mark(at + colon), isKey: true));
        var rest = line[(colon + 1)..];
        if (rest.Length == 0)
        {
            var afterColon = lines.Mark(at + colon + 1);
            lines.Advance();
            if (lines.HasLine && lines.Line.TrimStart(' ').StartsWith("- "))
            {
                return TryReadBlockList(ref lines, events);
            }

            events.Add(Plain(string.Empty, afterColon, afterColon, isKey: false));
            return true;
        }

        if (rest[0] != ' ')
        {
            return false;
        }

        var valueAt = colon + 1 + CountSpaces(rest);
        if (valueAt == line.Length)
        {
            return false;
        }

        var read = line[valueAt] == '['
            ? TryReadFlowList(line, at, valueAt, lines, events)
            : TryReadValue(line, at, valueAt, lines, events);
        lines.Advance();
        return read;
    }

    // "  - value" lines, all indented alike (by one space or more), up to the next key, where the list ends.
    private static bool TryReadBlockList(ref LineCursor lines, List<ParsingEvent> events)
    {
        // A list whose dashes stand at the key's column is marked otherwise by the parser; it is left to it.
        var indent = CountSpaces(lines.Line);
        if (indent == 0)
        {
            return false;
        }

        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block, lines.Mark(lines.Start + indent), lines.Mark(lines.Start + indent)));
        while (lines.HasLine && (lines.Line.StartsWith(' ') || lines.Line.StartsWith('-')))
        {
            var line = lines.Line;
            if (CountSpaces(line) != indent || !line[indent..].StartsWith("- "))
            {
                return false;
            }

            var valueAt = indent + 2 + CountSpaces(line[(indent + 2)..]);
            if (valueAt == line.Length || line[valueAt] == '[' || !TryReadValue(line, lines.Start, valueAt, lines, events))
            {
                return false;
            }

            lines.Advance();
        }

        var end = lines.Mark(lines.Start);
        events.Add(new SequenceEnd(end, end));
        return true;
    }

    // A plain value, or one in quotes without escapes, that runs to the end of the line.
    private static bool TryReadValue(ReadOnlySpan<char> line, int lineStart, int valueAt, LineCursor lines, List<ParsingEvent> events)
    {
        var value = line[valueAt..];
        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            var body = value[1..];
            var close = body.IndexOf(quote);
            if (close < 0 || close != body.Length - 1 || (quote == '"' && body.Contains('\\')))
            {
                return false;
            }

            var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, body[..close].ToString(), style, false, true, lines.Mark(lineStart + valueAt), lines.Mark(lineStart + line.Length)));
            return true;
        }

        if (!IsPlain(value, flow: false))
        {
            return false;
        }

        events.Add(Plain(value.ToString(), lines.Mark(lineStart + valueAt), lines.Mark(lineStart + line.Length), isKey: false));
        return true;
    }

    // "[a, b, c]" of plain items, closing the line.
    private static bool TryReadFlowList(ReadOnlySpan<char> line, int lineStart, int open, LineCursor lines, List<ParsingEvent> events)
    {
        if (line[^1] != ']')
        {
            return false;
        }

        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, lines.Mark(lineStart + open), lines.Mark(lineStart + open)));
        var close = line.Length - 1;
        var items = line[(open + 1)..close];
        if (items.Trim(' ').Length > 0)
        {
            foreach (var range in items.Split(','))
            {
                var text = items[range].Trim(' ');
                if (!IsPlain(text, flow: true))
                {
                    return false;
                }

                var itemAt = lineStart + open + 1 + range.Start.Value + CountSpaces(items[range]);
                events.Add(Plain(text.ToString(), lines.Mark(itemAt), lines.Mark(itemAt + text.Length), isKey: false));
            }
        }

        events.Add(new SequenceEnd(lines.Mark(lineStart + close), lines.Mark(lineStart + close)));
        return true;
    }

    private static Scalar Plain(string value, Mark start, Mark end, bool isKey) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, start, end, isKey);

    private static bool IsKey(ReadOnlySpan<char> key) =>
        char.IsAsciiLetter(key[0]) && !key.ContainsAnyExcept(YamlReader.KeyCharacters);

    // Characters that begin something other than a plain value, or end one early: declined wherever they could matter.
    private static readonly System.Buffers.SearchValues<char> Indicators = System.Buffers.SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");
    private static readonly System.Buffers.SearchValues<char> FlowIndicators = System.Buffers.SearchValues.Create(",[]{}#:'\"");

    // A plain value that means itself: no indicator first, no ": " or " #" inside, no space at either end, and in a
    // flow list no flow indicator at all.
    private static bool IsPlain(ReadOnlySpan<char> value, bool flow) =>
        value.Length > 0
        && !Indicators.Contains(value[0])
        && value[^1] is not (' ' or ':')
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && (!flow || !value.ContainsAny(FlowIndicators));

    // What a page may not carry (ControlCharacters: controls, including U+0085, which YAML reads as a line break), tabs,
    // carriage returns, the other characters YAML reads as line breaks, a byte-order mark, and surrogate pairs, whose
    // columns are not worth counting here.
    private static bool HasSpecialCharacters(ReadOnlySpan<char> text) =>
        ControlCharacters.FirstForbidden(text) >= 0
        || text.IndexOfAny('\t', '\r') >= 0
        || text.IndexOfAny('\u2028', '\u2029', '\uFEFF') >= 0
        || text.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    private static int CountSpaces(ReadOnlySpan<char> text)
    {
        var spaces = text.IndexOfAnyExcept(' ');
        return spaces < 0 ? text.Length : spaces;
    }

    // The lines of the text one at a time, each found once, and a position on the current line (or at the text's end)
    // as YamlDotNet marks one: an index, and a line and column counted from 1.
    private struct LineCursor
    {
        private readonly string _text;
        private int _lineNumber = 1;
        private int _end;

        public LineCursor(string text)
        {
            _text = text;
            _end = EndOfLine(0);
        }

        public int Start { get; private set; }

        public readonly bool HasLine => Start < _text.Length;

        public readonly ReadOnlySpan<char> Line => _text.AsSpan(Start, _end - Start);

        // Past the last line the text's end is marked at the start of the line after it, as YamlDotNet marks the end of
        // a text whether or not it ends with a line break.
        public void Advance()
        {
            Start = Math.Min(_end + 1, _text.Length);
            _end = EndOfLine(Start);
            _lineNumber++;
        }

        public readonly Mark Mark(int index) => new(index, _lineNumber, index - Start + 1);

        private readonly int EndOfLine(int start)
        {
            var end = _text.AsSpan(start).IndexOf('\n');
            return end < 0 ? _text.Length : start + end;
        }
    }
}
