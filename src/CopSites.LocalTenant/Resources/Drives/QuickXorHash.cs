namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// OneDrive for Business's content hash (file.hashes.quickXorHash): the input bytes XORed into a 160-bit ring at a
/// shift of 11 bits per byte, then the length XORed into the last 8 bytes. SharePoint reports only this hash.
/// </summary>
internal static class QuickXorHash
{
    private const int WidthInBits = 160;
    private const int Shift = 11;
    private const int BitsInLastCell = 32;

    /// <summary>The base64 hash of <paramref name="data"/>.</summary>
    public static string Compute(ReadOnlySpan<byte> data)
    {
        var cells = new ulong[(WidthInBits - 1) / 64 + 1];
        var cellIndex = 0;
        var offset = 0;
        for (var i = 0; i < Math.Min(data.Length, WidthInBits); i++)
        {
            var isLastCell = cellIndex == cells.Length - 1;
            var bitsInCell = isLastCell ? BitsInLastCell : 64;

            // Bytes 160 apart land on the same bits, so they are folded together first.
            byte folded = 0;
            for (var j = i; j < data.Length; j += WidthInBits)
            {
                folded ^= data[j];
            }

            cells[cellIndex] ^= (ulong)folded << offset;
            if (offset > bitsInCell - 8)
            {
                cells[isLastCell ? 0 : cellIndex + 1] ^= (ulong)folded >> (bitsInCell - offset);
            }

            offset += Shift;
            while (offset >= bitsInCell)
            {
                cellIndex = isLastCell ? 0 : cellIndex + 1;
                offset -= bitsInCell;
            }
        }

        var result = new byte[(WidthInBits - 1) / 8 + 1];
        for (var i = 0; i < cells.Length; i++)
        {
            var bytes = BitConverter.GetBytes(cells[i]);
            Array.Copy(bytes, 0, result, i * 8, Math.Min(8, result.Length - i * 8));
        }

        var length = BitConverter.GetBytes((long)data.Length);
        for (var i = 0; i < length.Length; i++)
        {
            result[WidthInBits / 8 - length.Length + i] ^= length[i];
        }

        return Convert.ToBase64String(result);
    }
}
