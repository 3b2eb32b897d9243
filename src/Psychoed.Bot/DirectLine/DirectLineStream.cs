using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The WebSocket behind a conversation's <c>streamUrl</c>: sends the activities after the watermark, then
/// each new one as <c>{"activities":[…],"watermark":"N"}</c>, with empty keep-alive frames in between.
/// </summary>
public static class DirectLineStream
{
    /// <summary>Handles a stream request.</summary>
    public static async Task HandleAsync(
        HttpContext http, string conversationId, string? t, string? watermark,
        DirectLineTokenService tokens, ConversationStore store, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineError.WriteAsync(http, StatusCodes.Status400BadRequest, "BadArgument", "This URL takes a WebSocket connection.");
            return;
        }

        if (!tokens.IsStreamTokenFor(t, conversationId))
        {
            await DirectLineError.WriteAsync(http, StatusCodes.Status403Forbidden, "Forbidden",
                "The stream URL has expired or is not for this conversation. Reconnect to get a new one.");
            return;
        }

        if (!DirectLineEndpoints.TryParseWatermark(watermark, out var after))
        {
            await DirectLineError.WriteAsync(http, StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
            return;
        }

        var conversation = store.Find(conversationId);
        if (conversation is null)
        {
            await DirectLineError.WriteAsync(http, StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation has ended or expired.");
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var (backlog, live, unsubscribe) = conversation.Subscribe(after);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        using var sendLock = new SemaphoreSlim(1, 1);
        var receiving = DrainIncomingAsync(socket, stop);
        var keepAlive = KeepAliveAsync(socket, sendLock, time, options.Value.StreamKeepAlive, stop.Token);
        try
        {
            if (backlog.Activities.Count > 0)
            {
                await SendAsync(socket, sendLock, DirectLineJson.Serialize(backlog), stop.Token);
            }

            // Ends when the conversation is forgotten (expired, evicted) or this reader fell behind;
            // the client then reconnects with its watermark, or learns the conversation is gone.
            await foreach (var group in live.ReadAllAsync(stop.Token))
            {
                await SendAsync(socket, sendLock, DirectLineJson.Serialize(group), stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The visitor went away; nothing to tell anyone.
        }
        finally
        {
            unsubscribe();
            await stop.CancelAsync();
            await CloseQuietlyAsync(socket);
            await Task.WhenAll(receiving, keepAlive);
        }
    }

    // A WebSocket takes one send at a time; frames and keep-alives share it.
    private static async Task SendAsync(WebSocket socket, SemaphoreSlim sendLock, string text, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    // Reads and ignores what the client sends (directlinejs pings with empty frames) until it closes.
    private static async Task DrainIncomingAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Closing; the send loop ends too.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task KeepAliveAsync(WebSocket socket, SemaphoreSlim sendLock, TimeProvider time, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(interval, time);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await SendAsync(socket, sendLock, string.Empty, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Closing.
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed", timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // Already gone.
            }
        }
    }
}
