namespace KapImmersive.Console.Record;

/// <summary>Paired headsets: kept with the record so their broker accounts come back after a restart.</summary>
public sealed partial class SessionRecord
{
    public void AddPairedHeadset(PairedHeadset headset)
    {
        ArgumentNullException.ThrowIfNull(headset);
        lock (_gate)
        {
            using var insert = Command("""
                INSERT INTO paired_headsets (id, name, password_hash, paired_at, paired_by) VALUES ($id, $n, $p, $at, $by)
                """);
            Bind(insert, ("$id", headset.Id), ("$n", headset.Name), ("$p", headset.PasswordHash), ("$at", Stamp(headset.PairedAt)), ("$by", headset.PairedBy));
            insert.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<PairedHeadset> PairedHeadsets()
    {
        lock (_gate)
        {
            using var query = Command("SELECT id, name, password_hash, paired_at, paired_by, revoked_at, revoked_by FROM paired_headsets ORDER BY id");
            return ReadAll(query, r => new PairedHeadset(r.GetString(0), r.GetString(1), r.GetString(2), ReadStamp(r.GetString(3)), r.GetString(4))
            {
                RevokedAt = r.IsDBNull(5) ? null : ReadStamp(r.GetString(5)),
                RevokedBy = r.IsDBNull(6) ? null : r.GetString(6),
            });
        }
    }

    /// <summary>False when no such headset was paired.</summary>
    public bool RenamePairedHeadset(string id, string name)
    {
        lock (_gate)
        {
            using var update = Command("UPDATE paired_headsets SET name = $n WHERE id = $id");
            Bind(update, ("$n", name), ("$id", id));
            return update.ExecuteNonQuery() == 1;
        }
    }

    /// <summary>False when no such headset is paired, or it was revoked already.</summary>
    public bool RevokePairedHeadset(string id, string who, DateTimeOffset at)
    {
        lock (_gate)
        {
            using var update = Command("UPDATE paired_headsets SET revoked_at = $at, revoked_by = $w WHERE id = $id AND revoked_at IS NULL");
            Bind(update, ("$at", Stamp(at)), ("$w", who), ("$id", id));
            return update.ExecuteNonQuery() == 1;
        }
    }
}
