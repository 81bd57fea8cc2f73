using Graph.Ingest.Resolution;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>The shorter names under which a store finds a cluster another article named in full (invented names).</summary>
public class ClusterKeyTests
{
    private static readonly StoreIdentity Identity = StoreIdentity.CreateDefault();

    [Theory]
    [InlineData("东岭阀门国家先进制造业集群", "东岭阀门集群")]
    [InlineData("临江市阀门中小企业特色产业集群", "临江市阀门产业集群")]
    public void A_cluster_named_with_its_level_has_its_short_name_as_a_key(string name, string key) =>
        Assert.Contains(key, Identity.ClusterKeys(name));

    [Theory]
    [InlineData("国家先进制造业集群")]
    [InlineData("中小企业特色产业集群")]
    [InlineData("临江市阀门产业链")]
    public void A_kind_of_cluster_or_a_name_without_the_head_has_none(string name) =>
        Assert.Empty(Identity.ClusterKeys(name));
}
