using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inspections.WebApi.Tests;

/// <summary>
/// The sample on a real Kestrel bound to 127.0.0.1 on a port the system picks (never another interface), for what
/// the in-process TestServer does not do: HTTP/1.1 chunk framing, Kestrel's request limits and its minimum data rate.
/// Every log entry of level Warning or above is kept, so a test can check that nothing failed with a stack trace.
/// </summary>
public sealed class LoopbackApi : WebApplicationFactory<Program>
{
    private readonly ConcurrentQueue<string> _problems = new();

    /// <summary>Starts the server.</summary>
    public LoopbackApi()
    {
        UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);

            // The sample's own limits stay; only the minimum data rate's grace period is shortened, so that a body
            // slower than the minimum rate is found in about two seconds rather than five.
            options.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(2));
        });
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Endpoint = new Uri(addresses.Addresses.Single());
        Assert.Equal(IPAddress.Loopback.ToString(), Endpoint.Host);
    }

    /// <summary>The address the server listens on: http://127.0.0.1:port/.</summary>
    public Uri Endpoint { get; }

    /// <summary>The log entries of level Warning and above so far (with their exception's type and stack trace).</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>The log entries of level Error and above, or with an exception, so far.</summary>
    public IReadOnlyList<string> Errors => [.. _problems.Where(p => p.StartsWith("Error", StringComparison.Ordinal) || p.StartsWith("Critical", StringComparison.Ordinal) || p.Contains("   at ", StringComparison.Ordinal))];

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging => logging.AddProvider(new KeepingProvider(_problems)));

    private sealed class KeepingProvider(ConcurrentQueue<string> kept) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Keeper(categoryName, kept);

        public void Dispose()
        {
        }
    }

    private sealed class Keeper(string category, ConcurrentQueue<string> kept) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                kept.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : $"\n{exception}")}");
            }
        }
    }
}
