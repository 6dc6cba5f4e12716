namespace KapImmersive.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, and what it checked was not right (an invalid preset, a refused connection).</summary>
    public const int Failed = 1;

    public const int Usage = 2;
}
