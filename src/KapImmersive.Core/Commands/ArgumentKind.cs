namespace KapImmersive.Core.Commands;

/// <summary>What an argument takes: a finite number in a range, a short text, one of a few names, or true/false.</summary>
public enum ArgumentKind
{
    Number,
    Text,
    Choice,
    Flag,
}
