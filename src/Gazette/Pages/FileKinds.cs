using System.Globalization;

namespace Gazette.Pages;

/// <summary>How a 附件 list names a file's kind and size for readers: PDF, Word, Excel …; 356 KB, 1.2 MB.</summary>
internal static class FileKinds
{
    /// <summary>The kind of file, by its extension, as readers of government sites know it.</summary>
    public static string NameOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "PDF",
        ".doc" or ".docx" or ".wps" => "Word",
        ".xls" or ".xlsx" or ".et" => "Excel",
        ".ppt" or ".pptx" => "PowerPoint",
        ".ofd" => "OFD",
        ".zip" or ".rar" or ".7z" => "压缩包",
        ".txt" => "文本",
        ".csv" => "CSV",
        ".mp4" or ".mov" or ".webm" => "视频",
        ".mp3" or ".wav" or ".m4a" => "音频",
        "" => "文件",
        var extension => extension[1..].ToUpperInvariant(),
    };

    /// <summary>A size in bytes for reading, in the units readers expect; the exact count goes nowhere.</summary>
    public static string SizeOf(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1073741824.0:0.0} GB"),
    };
}
