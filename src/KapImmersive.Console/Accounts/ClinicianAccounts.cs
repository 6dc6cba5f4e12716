using KapImmersive.Console.Record;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Console.Accounts;

/// <summary>Clinician accounts in the record's database; passwords stored only as PBKDF2 hashes.</summary>
public sealed class ClinicianAccounts(SessionRecord record, TimeProvider time)
{
    public const int MinPasswordLength = 10;

    /// <summary>
    /// Adds the clinician, or sets a new password for an existing one (which signs the clinician out everywhere); a
    /// reason when the name or password will not do. Setting the password a clinician already has changes nothing.
    /// </summary>
    public string? Add(string name, string password)
    {
        if (!IsValidName(name))
        {
            return "a clinician's name is 1-64 letters, digits, '.', '-' or '_'";
        }

        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
        {
            return $"a password has at least {MinPasswordLength} characters";
        }

        if (record.PasswordHashOf(name) is { } stored && PasswordHash.Verify(password, stored))
        {
            return null;
        }

        record.AddClinician(name, PasswordHash.Create(password), time.GetUtcNow());
        return null;
    }

    /// <summary>True when the password is the clinician's; a made-up hash is checked for unknown names so timing tells nothing.</summary>
    public bool Verify(string name, string password)
    {
        var stored = IsValidName(name) ? record.PasswordHashOf(name) : null;
        var matches = PasswordHash.Verify(password, stored ?? UnknownUserHash.Value);
        return stored is not null && matches;
    }

    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static readonly Lazy<string> UnknownUserHash = new(() => PasswordHash.Create(Guid.NewGuid().ToString("N")));
}
