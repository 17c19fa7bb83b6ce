using Gazette.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gazette.Yaml;

/// <summary>
/// Reads YAML into YamlDotNet's node model, keeping positions so that every complaint can name a line.
/// One reader serves one file; <paramref name="lineOffset"/> shifts YAML's lines to the file's
/// (front matter starts on the file's second line).
/// </summary>
internal sealed class YamlReader(string file, int lineOffset, List<GazetteError> errors)
{
    /// <summary>The file being read, for messages.</summary>
    public string File { get; } = file;

    /// <summary>Parses a single YAML document whose root must be a mapping; null (with an error) when it is not.</summary>
    public YamlMappingNode? ParseMapping(string text)
    {
        var stream = new YamlStream();
        try
        {
            // A front matter of the usual shape is read without YamlDotNet's scanner, into the same nodes.
            stream.Load(FrontMatterEvents.TryRead(text) ?? (IParser)new Parser(new StringReader(text)));
        }
        catch (YamlException ex) when (FullWidthPunctuation(text) is { } fullWidth)
        {
            // The parser's own message says nothing useful about the usual cause: punctuation typed with a Chinese input method.
            errors.Add(new GazetteError(File, fullWidth.Line + lineOffset, $"not valid YAML: {fullWidth.Hint} ({ex.Message})"));
            return null;
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            var message = ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
            errors.Add(new GazetteError(File, line, $"not valid YAML: {message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections.
            errors.Add(new GazetteError(File, StopLine(text), "not valid YAML: the parser gave up here; look for an unclosed [ or { or a stray quote"));
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this, without a position, for an escape such as \uD800 that stands for half a character.
            errors.Add(new GazetteError(File, StopLine(text), "not valid YAML: a \\u escape here stands for half a character (a lone surrogate); write the character itself"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            Error(stream.Documents[0].RootNode, "expected key: value pairs");
            return null;
        }

        return mapping;
    }

    /// <summary>The characters of a plain key name (<c>base_url</c>, <c>doc-no</c>).</summary>
    internal static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>
    /// The first line where a Chinese input method put full-width punctuation where YAML needs ASCII: a full-width
    /// colon after a key (<c>source：某局</c>) or a full-width space in the indentation; null when there is none.
    /// </summary>
    private static (int Line, string Hint)? FullWidthPunctuation(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('\u3000'))
            {
                return (i + 1, "the line is indented with a full-width space (\u3000); indent with ASCII spaces");
            }

            var colon = trimmed.IndexOf('：', StringComparison.Ordinal);
            var ascii = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && (ascii < 0 || colon < ascii) && IsKey(trimmed.AsSpan(0, colon).TrimStart("- ")))
            {
                return (i + 1, $"'{trimmed[..colon].Trim()}：' has a full-width colon (：); write an ASCII colon and a space: '{trimmed[..colon].Trim()}: '");
            }
        }

        return null;

        static bool IsKey(ReadOnlySpan<char> key) =>
            key.Length > 0 && key.Trim().Length == key.Length && key.IndexOfAnyExcept(KeyCharacters) < 0;
    }

    /// <summary>The file line where parsing <paramref name="text"/> stops, for parser failures that carry no position.</summary>
    private int StopLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1L;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current!.End.Line;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // The same failure again: the last event read is as near as the parser lets us get.
        }

        return (int)line + lineOffset;
    }

    /// <summary>Records an error about the file as a whole, such as a key it lacks.</summary>
    public void FileError(string message) => errors.Add(new GazetteError(File, null, message));

    /// <summary>The file line of a node.</summary>
    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    /// <summary>Records an error at a node.</summary>
    public void Error(YamlNode node, string message) => errors.Add(new GazetteError(File, LineOf(node), message));

    /// <summary>The entries of a mapping keyed by plain string keys; reports keys not in <paramref name="known"/> and duplicates.</summary>
    public Dictionary<string, YamlNode> Entries(YamlMappingNode mapping, IReadOnlyCollection<string> known, string where)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(keyNode, $"{where}: keys must be plain names");
                continue;
            }

            if (!known.Contains(key))
            {
                Error(keyNode, $"{where}: unknown key '{key}' (known keys: {string.Join(", ", known)})");
                continue;
            }

            if (!result.TryAdd(key, value))
            {
                Error(keyNode, $"{where}: key '{key}' appears twice");
            }
        }

        return result;
    }

    /// <summary>A scalar's text, trimmed; null when absent or empty. Reports a non-scalar.</summary>
    public string? String(Dictionary<string, YamlNode> entries, string key)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{key}' must be a single value");
            return null;
        }

        var value = scalar.Value?.Trim();
        return string.IsNullOrEmpty(value) || (scalar.Style == ScalarStyle.Plain && value is "~" or "null") ? null : value;
    }

    /// <summary>
    /// A boolean as YAML 1.2 spells one (true, True, TRUE, false, False, FALSE); null when absent or empty. Anything
    /// else — yes, 1, ture, 是, a quoted "true" — is reported with the spellings that work, never read as either value,
    /// so that a misspelt <c>draft</c> cannot publish an article silently.
    /// </summary>
    public bool? Boolean(Dictionary<string, YamlNode> entries, string key)
    {
        if (String(entries, key) is not { } value)
        {
            return null;
        }

        var plain = ((YamlScalarNode)entries[key]).Style == ScalarStyle.Plain;
        switch (value)
        {
            case "true" or "True" or "TRUE" when plain:
                return true;
            case "false" or "False" or "FALSE" when plain:
                return false;
        }

        var why = plain ? string.Empty : " (in quotes it is text, not a boolean)";
        Error(entries[key], $"'{key}' must be true or false{why}; got '{value}'. Write true, True, TRUE, false, False or FALSE, without quotes");
        return null;
    }

    /// <summary>
    /// A list of names: a YAML list, or one line of names separated by commas or 、 (职业技能, 等级认定), which a
    /// webmaster writes for a list more often than not.
    /// </summary>
    public IReadOnlyList<string>? NameList(Dictionary<string, YamlNode> entries, string key) =>
        entries.TryGetValue(key, out var node) && node is YamlScalarNode
            ? StringList(entries, key)?.SelectMany(v => v.Split([',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList()
            : StringList(entries, key);

    /// <summary>A list of strings, accepting a single value as a list of one. Reports nested structures.</summary>
    public IReadOnlyList<string>? StringList(Dictionary<string, YamlNode> entries, string key)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            return null;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                var single = scalar.Value?.Trim();
                return string.IsNullOrEmpty(single) ? [] : [single];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                    {
                        items.Add(text.Trim());
                    }
                    else
                    {
                        Error(item, $"'{key}' must be a list of names");
                    }
                }

                return items;
            default:
                Error(node, $"'{key}' must be a list, e.g. [资讯中心, 新闻动态]");
                return null;
        }
    }
}
