using System.Text;
using Gazette.Text;
using Scriban.Runtime;

namespace Gazette.Theme;

/// <summary>
/// A template's output encoded as it is written: UTF-8, with CR LF made LF (as <see cref="PageEncoding.Encode"/> makes
/// them), into a buffer kept from page to page. A page's text is thus never held as a string: rendering it into a
/// builder, copying that into a string and encoding the string cost three copies of every page, and most of what a
/// build allocated.
/// </summary>
internal sealed class Utf8PageOutput : IScriptOutput
{
    // A buffer grown past this (a page far larger than any the theme makes) is let go when the output is emptied.
    private const int KeptCapacity = 4 << 20;

    private readonly Encoder _encoder = PageEncoding.Utf8.GetEncoder();
    private byte[] _buffer = new byte[16 * 1024];
    private int _length;

    // A CR written last, held until the next character shows whether it starts a CR LF.
    private bool _pendingReturn;

    // The first character written, as written: a layout's bytes that start with LF may have started with CR LF.
    private char? _first;

    /// <summary>The bytes written so far, whole: a CR written last is among them, any half of a surrogate pair is not.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Flush();
            return _buffer.AsSpan(0, _length);
        }
    }

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        var rest = text.AsSpan(offset, count);
        if (_first is null && !rest.IsEmpty)
        {
            _first = rest[0];
        }

        while (!rest.IsEmpty)
        {
            SettleReturn(lineFeedFollows: rest[0] == '\n');
            var cr = rest.IndexOf('\r');
            if (cr < 0)
            {
                Encode(rest);
                return;
            }

            Encode(rest[..cr]);
            _pendingReturn = true;
            rest = rest[(cr + 1)..];
        }
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Appends another output's bytes (a layout's, into the shell), as writing their text would: a CR held here is
    /// dropped when their text began with LF, and a CR they end with is held.
    /// </summary>
    public void Append(Utf8PageOutput other)
    {
        var bytes = other.Written;
        if (bytes.IsEmpty)
        {
            return;
        }

        _first ??= other._first;
        SettleReturn(lineFeedFollows: other._first == '\n');
        Flush();
        var endsWithReturn = bytes[^1] == (byte)'\r';
        var whole = endsWithReturn ? bytes[..^1] : bytes;
        Reserve(whole.Length);
        whole.CopyTo(_buffer.AsSpan(_length));
        _length += whole.Length;
        _pendingReturn = endsWithReturn;
    }

    /// <summary>The page's bytes, in an array of their own.</summary>
    public byte[] ToArray() => Written.ToArray();

    /// <summary>Empties the output for the next page; false when its buffer grew too large to keep.</summary>
    public bool Clear()
    {
        _length = 0;
        _pendingReturn = false;
        _first = null;
        _encoder.Reset();
        return _buffer.Length <= KeptCapacity;
    }

    /// <summary>The text written, decoded again (for a template that uses a layout's content as a value).</summary>
    public string Decode() => PageEncoding.Utf8.GetString(Written);

    /// <summary>Nothing: Scriban asks every output for its text when a template is done, and that text is not wanted here.</summary>
    public override string ToString() => string.Empty;

    private void Encode(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        Reserve(PageEncoding.Utf8.GetMaxByteCount(chars.Length));
        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush: false);
    }

    // A CR held from the last write, now that what follows it is known: dropped before LF (a CR LF), else written.
    private void SettleReturn(bool lineFeedFollows)
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            if (!lineFeedFollows)
            {
                Encode("\r");
            }
        }
    }

    // The pending CR and any half of a surrogate pair the encoder holds go out as they would at the end of a string.
    private void Flush()
    {
        SettleReturn(lineFeedFollows: false);
        Reserve(PageEncoding.Utf8.GetMaxByteCount(1));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
