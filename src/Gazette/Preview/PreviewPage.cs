using System.Globalization;
using System.Net;
using System.Text;

namespace Gazette.Preview;

/// <summary>
/// What the preview adds to every HTML page it serves, and only there (never to a built file): the reload script, and
/// while the last build failed, an overlay naming each error's file and line over the last good page.
/// </summary>
internal static class PreviewPage
{
    /// <summary>The address of the reload script.</summary>
    public const string ScriptPath = "/__gazette/reload.js";

    /// <summary>The address of the stream of finished builds the script listens to.</summary>
    public const string EventsPath = "/__gazette/events";

    /// <summary>
    /// The script: listens for finished builds and reloads the page when one is not the build it was served from. The
    /// event stream reconnects by itself when the server restarts.
    /// </summary>
    public const string Script = """
        (function () {
          var self = document.currentScript, version = self.getAttribute('data-version');
          var events = new EventSource('/__gazette/events?since=' + encodeURIComponent(version));
          events.addEventListener('build', function (e) { if (e.data !== version) { location.reload(); } });
        })();

        """;

    /// <summary>The page with the script (and the overlay for <paramref name="state"/>'s errors) put before its closing body tag.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, PreviewState state)
    {
        var page = Encoding.UTF8.GetString(html);
        var addition = Addition(state);
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? page + addition : string.Concat(page.AsSpan(0, end), addition, page.AsSpan(end)));
    }

    /// <summary>A page of its own, for an address with nothing to serve before any build succeeded.</summary>
    public static byte[] Placeholder(PreviewState state) => Inject(
        Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>预览</title></head><body><p>预览尚未生成：构建成功后此页自动刷新。</p></body></html>\n"),
        state);

    private static string Addition(PreviewState state)
    {
        var text = new StringBuilder();
        if (state.Failed)
        {
            text.Append("\n<div id=\"gazette-build-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5em;background:rgba(24,24,24,.94);color:#fff;font:16px/1.6 ui-monospace,monospace;text-align:left\">")
                .Append("<p style=\"margin:0 0 1em;font-size:1.25em;font-weight:700;color:#ff8a80\">构建失败 · build failed</p>")
                .Append("<p style=\"margin:0 0 1em\">下面的页面是上一次成功构建的结果。修改后保存文件，此提示自动消失。</p><ul style=\"margin:0;padding-left:1.25em\">");
            foreach (var error in state.Errors)
            {
                text.Append("<li>").Append(WebUtility.HtmlEncode(error.ToString())).Append("</li>");
            }

            text.Append("</ul><button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"margin-top:1em;font:inherit\">关闭</button></div>");
        }

        return text.Append(CultureInfo.InvariantCulture, $"\n<script src=\"{ScriptPath}\" data-version=\"{state.Version}\"></script>\n").ToString();
    }
}
