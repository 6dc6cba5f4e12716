namespace KapImmersive.Console.Record;

/// <summary>
/// Paired headsets: kept with the record so their broker accounts come back after a restart. Where several consoles
/// share one record each reads them at its own start; pairing on one does not reach another's running broker.
/// </summary>
public sealed partial class SessionRecord
{
    public void AddPairedHeadset(PairedHeadset headset)
    {
        ArgumentNullException.ThrowIfNull(headset);
        using var connection = _store.Connect();
        connection.Execute("INSERT INTO paired_headsets (id, name, password_hash, paired_at, paired_by) VALUES (@id, @n, @p, @at, @by)",
            ("@id", headset.Id), ("@n", headset.Name), ("@p", headset.PasswordHash), ("@at", connection.Stamp(headset.PairedAt)), ("@by", headset.PairedBy));
    }

    public IReadOnlyList<PairedHeadset> PairedHeadsets()
    {
        using var connection = _store.Connect();
        return connection.ReadAll("SELECT id, name, password_hash, paired_at, paired_by, revoked_at, revoked_by FROM paired_headsets ORDER BY id",
            r => new PairedHeadset(r.GetString(0), r.GetString(1), r.GetString(2), connection.ReadStamp(r, 3), r.GetString(4))
            {
                RevokedAt = connection.ReadOptionalStamp(r, 5),
                RevokedBy = r.IsDBNull(6) ? null : r.GetString(6),
            });
    }

    /// <summary>False when no such headset was paired.</summary>
    public bool RenamePairedHeadset(string id, string name)
    {
        using var connection = _store.Connect();
        return connection.Execute("UPDATE paired_headsets SET name = @n WHERE id = @id", ("@n", name), ("@id", id)) == 1;
    }

    /// <summary>False when no such headset is paired, or it was revoked already.</summary>
    public bool RevokePairedHeadset(string id, string who, DateTimeOffset at)
    {
        using var connection = _store.Connect();
        return connection.Execute("UPDATE paired_headsets SET revoked_at = @at, revoked_by = @w WHERE id = @id AND revoked_at IS NULL",
            ("@at", connection.Stamp(at)), ("@w", who), ("@id", id)) == 1;
    }
}
