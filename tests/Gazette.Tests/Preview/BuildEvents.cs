using System.Globalization;
using Gazette.Preview;

namespace Gazette.Tests.Preview;

/// <summary>An open page's stream of finished builds, as its reload script reads it.</summary>
internal sealed class BuildEvents : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private int _last;

    private BuildEvents(HttpResponseMessage response, StreamReader reader, int since)
    {
        _response = response;
        _reader = reader;
        _last = since;
    }

    /// <summary>Opens the stream for a page served from build <paramref name="since"/>.</summary>
    public static async Task<BuildEvents> OpenAsync(HttpClient client, int since)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{PreviewPage.EventsPath}?since={since}", UriKind.Relative));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return new BuildEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()), since);
    }

    /// <summary>Waits for the next build after the last one seen, and returns its number.</summary>
    public async Task<int> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var isBuild = false;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: build")
            {
                isBuild = true;
            }
            else if (isBuild && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var version = int.Parse(line["data: ".Length..], CultureInfo.InvariantCulture);
                isBuild = false;
                if (version > _last)
                {
                    _last = version;
                    return version;
                }
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
