using KapImmersive.Console.Accounts;

namespace KapImmersive.Console.Pairing;

/// <summary>A code being checked, as counted against its address and against everyone.</summary>
public sealed record PairingAttempt(SignInAttempt Address, SignInAttempt Everyone);
