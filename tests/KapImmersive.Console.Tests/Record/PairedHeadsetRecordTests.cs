using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;

namespace KapImmersive.Console.Tests.Record;

/// <summary>Paired headsets in the record (schema step 3), the same on SQLite and on PostgreSQL.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PairedHeadsetRecordTests(PostgresFixture postgres) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly RecordStores _stores = new(postgres);

    public static TheoryData<RecordStoreKind> Stores => RecordStores.Both;

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_paired_headset_is_kept_renamed_and_revoked_once_and_reads_back_the_same_after_a_restart(RecordStoreKind store)
    {
        var location = await _stores.NewAsync(store);
        using (var record = SessionRecord.Open(location))
        {
            record.AddPairedHeadset(new PairedHeadset("hs-abcdefgh", "Room 2", "hash-1", T0, "clara"));
            record.AddPairedHeadset(new PairedHeadset("hs-bcdefghi", "", "hash-2", T0.AddMinutes(1), "bob"));
            Assert.True(record.RenamePairedHeadset("hs-abcdefgh", "Quiet room"));
            Assert.False(record.RenamePairedHeadset("hs-nobody00", "Nobody"));
            Assert.True(record.RevokePairedHeadset("hs-bcdefghi", "clara", T0.AddMinutes(5)));
            Assert.False(record.RevokePairedHeadset("hs-bcdefghi", "bob", T0.AddMinutes(6)));
        }

        using var reopened = SessionRecord.Open(location);
        Assert.Equal(
            [
                new PairedHeadset("hs-abcdefgh", "Quiet room", "hash-1", T0, "clara"),
                new PairedHeadset("hs-bcdefghi", "", "hash-2", T0.AddMinutes(1), "bob") { RevokedAt = T0.AddMinutes(5), RevokedBy = "clara" },
            ],
            reopened.PairedHeadsets());
    }
}
