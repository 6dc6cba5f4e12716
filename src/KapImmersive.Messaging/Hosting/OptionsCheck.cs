using Microsoft.Extensions.Options;

namespace KapImmersive.Messaging.Hosting;

/// <summary>Validates options at start with the options' own list of problems, so each problem is named, not just "invalid".</summary>
internal sealed class OptionsCheck<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
