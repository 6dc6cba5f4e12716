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
        lock (_gate)
        {
            return InTransaction(() =>
            {
                using var upsert = Command("""
                    INSERT INTO clinicians (name, password_hash, created_at) VALUES ($n, $p, $at)
                    ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash RETURNING (created_at = $at)
                    """);
                Bind(upsert, ("$n", name), ("$p", passwordHash), ("$at", Stamp(at)));
                var created = upsert.ExecuteScalar() is long inserted && inserted == 1;
                if (!created)
                {
                    using var close = Command("DELETE FROM sign_ins WHERE clinician = $n");
                    Bind(close, ("$n", name));
                    close.ExecuteNonQuery();
                }

                return created;
            });
        }
    }

    public string? PasswordHashOf(string name)
    {
        lock (_gate)
        {
            using var query = Command("SELECT password_hash FROM clinicians WHERE name = $n");
            Bind(query, ("$n", name));
            return query.ExecuteScalar() as string;
        }
    }

    public void OpenSignIn(string signInId, string clinician, DateTimeOffset at)
    {
        lock (_gate)
        {
            using var insert = Command("INSERT INTO sign_ins (id, clinician, opened_at) VALUES ($id, $n, $at)");
            Bind(insert, ("$id", signInId), ("$n", clinician), ("$at", Stamp(at)));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>True while the sign-in is open for that clinician (neither signed out nor ended by a password change).</summary>
    public bool IsSignInOpen(string signInId, string clinician)
    {
        lock (_gate)
        {
            using var query = Command("SELECT COUNT(*) FROM sign_ins WHERE id = $id AND clinician = $n");
            Bind(query, ("$id", signInId), ("$n", clinician));
            return query.ExecuteScalar() is long count && count > 0;
        }
    }

    public void CloseSignIn(string signInId)
    {
        lock (_gate)
        {
            using var delete = Command("DELETE FROM sign_ins WHERE id = $id");
            Bind(delete, ("$id", signInId));
            delete.ExecuteNonQuery();
        }
    }
}
