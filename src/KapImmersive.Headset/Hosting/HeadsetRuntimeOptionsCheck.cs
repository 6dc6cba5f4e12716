using KapImmersive.Headset.Runtime.Session;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

/// <summary>Checks the session's settings at start, each problem in plain words naming the setting.</summary>
public sealed class HeadsetRuntimeOptionsCheck : IValidateOptions<HeadsetRuntimeOptions>
{
    public ValidateOptionsResult Validate(string? name, HeadsetRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
