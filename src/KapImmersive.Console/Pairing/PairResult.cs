namespace KapImmersive.Console.Pairing;

/// <summary>
/// What a headset's code got it: its broker account (the password handed over this once and never again), or the
/// reason it got nothing: <see cref="RetryAfter"/> is set when it must wait, <see cref="Unavailable"/> when this
/// console pairs no headsets at all, <see cref="Malformed"/> when the code was not even 6 digits.
/// </summary>
public sealed record PairResult
{
    public string? HeadsetId { get; init; }

    public string? Name { get; init; }

    public string? Password { get; init; }

    public string? Problem { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public bool Malformed { get; init; }

    public bool Unavailable { get; init; }

    public bool Paired => Password is not null;
}
