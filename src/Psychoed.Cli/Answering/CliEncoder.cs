using Microsoft.Extensions.Logging;
using Psychoed.Core.Semantic;

namespace Psychoed.Cli.Answering;

/// <summary>
/// The sentence-embedding model for <c>ask</c>, <c>chat</c> and <c>eval</c>, loaded once per process
/// as the bot does. <c>Psychoed__Encoder__Enabled=false</c> in the environment (the bot's setting)
/// turns it off: search is then BM25 only.
/// </summary>
internal static class CliEncoder
{
    private const string EnabledVariable = "Psychoed__Encoder__Enabled";
    private static readonly Lock Gate = new();
    private static ITextEncoder? _encoder;
    private static bool _loaded;

    public static ITextEncoder? Get(TextWriter error)
    {
        lock (Gate)
        {
            if (!_loaded)
            {
                var enabled = !bool.TryParse(Environment.GetEnvironmentVariable(EnabledVariable), out var value) || value;
                _encoder = TextEncoderLoader.Load(new EncoderOptions { Enabled = enabled }, new WriterLogger(error));
                _loaded = true;
            }

            return _encoder;
        }
    }

    // Warnings go to the command's error output; information is left out of the command's output.
    private sealed class WriterLogger(TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                error.WriteLine($"search: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")}");
            }
        }
    }
}
