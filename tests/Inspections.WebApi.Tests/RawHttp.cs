using System.Net.Sockets;
using System.Text;

namespace Inspections.WebApi.Tests;

/// <summary>
/// HTTP/1.1 written by hand over a socket, so that a test decides the framing byte by byte (chunk sizes, bad chunk
/// lines, pauses) in a way HttpClient never would. One request per connection (Connection: close).
/// </summary>
internal static class RawHttp
{
    /// <summary>A response: its status and its body as text.</summary>
    public sealed record Response(int Status, string Head, string Body);

    /// <summary>The head of a POST to the endpoint, ending with the empty line.</summary>
    public static byte[] Head(Uri endpoint, string route, string contentType, bool chunked, long? contentLength = null) =>
        Encoding.ASCII.GetBytes(
            $"POST {route} HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Type: {contentType}\r\nConnection: close\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : string.Empty)
            + (contentLength is { } length ? $"Content-Length: {length}\r\n" : string.Empty)
            + "\r\n");

    /// <summary>A body as chunks of <paramref name="chunkSize"/> bytes, then the last chunk.</summary>
    public static byte[] Chunked(ReadOnlySpan<byte> body, int chunkSize)
    {
        using var framed = new MemoryStream();
        string size = chunkSize.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        for (int i = 0; i < body.Length; i += chunkSize)
        {
            var chunk = body.Slice(i, Math.Min(chunkSize, body.Length - i));
            framed.Write(Encoding.ASCII.GetBytes(chunk.Length == chunkSize ? size : chunk.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
            framed.Write("\r\n"u8);
            framed.Write(chunk);
            framed.Write("\r\n"u8);
        }

        framed.Write("0\r\n\r\n"u8);
        return framed.ToArray();
    }

    /// <summary>Sends the parts in order (with a pause between them when given) and reads the response to its end.</summary>
    public static async Task<Response> SendAsync(Uri endpoint, IEnumerable<byte[]> parts, TimeSpan pause = default, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
        client.NoDelay = true;
        var stream = client.GetStream();
        try
        {
            foreach (byte[] part in parts)
            {
                await stream.WriteAsync(part, cancellationToken);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, cancellationToken);
                }
            }

            // No half-close after the body: Kestrel takes the end of the client's sending as the request aborted.
        }
        catch (IOException)
        {
            // The server may answer and close before the body is all sent (a 413, a 400): read what it said.
        }
        catch (SocketException)
        {
        }

        return await ReadResponseAsync(stream, cancellationToken);
    }

    private static async Task<Response> ReadResponseAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var received = new MemoryStream();
        byte[] buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the response was sent.
        }

        byte[] all = received.ToArray();
        int end = all.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, $"No HTTP response: '{Encoding.UTF8.GetString(all)}'");
        string head = Encoding.ASCII.GetString(all, 0, end);
        byte[] body = all[(end + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        int status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return new Response(status, head, Encoding.UTF8.GetString(body));
    }

    private static byte[] Unchunk(byte[] framed)
    {
        using var body = new MemoryStream();
        int at = 0;
        while (true)
        {
            int lineEnd = at + framed.AsSpan(at).IndexOf("\r\n"u8);
            int size = Convert.ToInt32(Encoding.ASCII.GetString(framed, at, lineEnd - at).Split(';')[0], 16);
            if (size == 0)
            {
                return body.ToArray();
            }

            body.Write(framed, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
