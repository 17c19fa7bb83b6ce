namespace Gazette.QueryBytes;

/// <summary>What one query fetched: the results it reported and the gzip bytes of the files it asked for.</summary>
internal sealed record QueryCost(string Results, long Bytes, string Detail)
{
    public double Kilobytes => Bytes / 1024.0;
}
