using KapImmersive.Core.Commands;

namespace KapImmersive.Core.Protocol;

/// <summary>console → headset on .../commands, QoS 1.</summary>
public sealed record CommandMessage
{
    private readonly CommandValues _args = CommandValues.Empty;

    public int V { get; init; } = ProtocolLimits.Version;

    public required string Id { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required string Issuer { get; init; }

    public required string Type { get; init; }

    /// <summary>The type's arguments, as its <see cref="CommandEntry"/> declares them; none when absent (the reader passes null then).</summary>
    public CommandValues Args
    {
        get => _args;
        init => _args = value ?? CommandValues.Empty;
    }
}
