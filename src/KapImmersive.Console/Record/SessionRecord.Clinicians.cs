using System.Globalization;

namespace KapImmersive.Console.Record;

/// <summary>
/// Clinicians and their sign-ins. A sign-in lives here, not only in its cookie, so signing out or changing the password
/// ends it everywhere, even for a copy of the cookie, and even when `kap console add-user` changes it from another process.
/// </summary>
public sealed partial class SessionRecord
{
    /// <summary>Adds the clinician or replaces the password; replacing it closes every sign-in the clinician has open.</summary>
    public bool AddClinician(string name, string passwordHash, DateTimeOffset at)
    {
        using var connection = _store.Connect();
        return connection.InTransaction(() =>
        {
            var created = Convert.ToBoolean(connection.Scalar("""
                INSERT INTO clinicians (name, password_hash, created_at) VALUES (@n, @p, @at)
                ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash RETURNING (created_at = @at)
                """, ("@n", name), ("@p", passwordHash), ("@at", connection.Stamp(at))), CultureInfo.InvariantCulture);
            if (!created)
            {
                connection.Execute("DELETE FROM sign_ins WHERE clinician = @n", ("@n", name));
            }

            return created;
        });
    }

    public string? PasswordHashOf(string name)
    {
        using var connection = _store.Connect();
        return connection.Scalar("SELECT password_hash FROM clinicians WHERE name = @n", ("@n", name)) as string;
    }

    public void OpenSignIn(string signInId, string clinician, DateTimeOffset at)
    {
        using var connection = _store.Connect();
        connection.Execute("INSERT INTO sign_ins (id, clinician, opened_at) VALUES (@id, @n, @at)", ("@id", signInId), ("@n", clinician), ("@at", connection.Stamp(at)));
    }

    /// <summary>True while the sign-in is open for that clinician (neither signed out nor ended by a password change).</summary>
    public bool IsSignInOpen(string signInId, string clinician)
    {
        using var connection = _store.Connect();
        return Convert.ToInt64(connection.Scalar("SELECT COUNT(*) FROM sign_ins WHERE id = @id AND clinician = @n", ("@id", signInId), ("@n", clinician)),
            CultureInfo.InvariantCulture) > 0;
    }

    public void CloseSignIn(string signInId)
    {
        using var connection = _store.Connect();
        connection.Execute("DELETE FROM sign_ins WHERE id = @id", ("@id", signInId));
    }
}
