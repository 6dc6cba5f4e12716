namespace KapImmersive.Core.Protocol;

public static class ProtocolLimits
{
    /// <summary>The protocol version every message carries as "v".</summary>
    public const int Version = 1;

    /// <summary>No message is read past this size; previews are kept well under it.</summary>
    public const int MaxPayloadBytes = 64 * 1024;

    public const int MaxJsonDepth = 16;

    public const int MaxCommandIdLength = 64;

    /// <summary>What asked for help ("button", "dwell", "key", "remote"): a short word, never free text.</summary>
    public const int MaxHelpSourceLength = 32;
}
