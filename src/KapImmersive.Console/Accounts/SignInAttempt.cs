namespace KapImmersive.Console.Accounts;

/// <summary>A sign-in attempt the throttle has counted as under way, for the keys it was counted against.</summary>
public sealed record SignInAttempt(IReadOnlyList<string> Keys);
