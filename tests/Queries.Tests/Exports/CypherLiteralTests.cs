using Graph.Queries.Exports;

namespace Graph.Queries.Tests.Exports;

public class CypherLiteralTests
{
    [Theory]
    [InlineData("津上精密", "'津上精密'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("line\nnext\r\tend", @"'line\nnext\r\tend'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData(@"\'", @"'\\\''")]
    [InlineData("'}) DETACH DELETE n //", @"'\'}) DETACH DELETE n //'")]
    [InlineData("", "''")]
    public void Strings_are_single_quoted_with_backslash_escapes(string value, string literal) =>
        Assert.Equal(literal, CypherLiteral.String(value));

    [Fact]
    public void A_list_is_its_escaped_items() =>
        Assert.Equal(@"['a', 'O\'B']", CypherLiteral.List(["a", "O'B"]));

    [Theory]
    [InlineData("product", "`product`")]
    [InlineData("odd`key", "`odd``key`")]
    public void Property_keys_are_backtick_quoted(string key, string quoted) =>
        Assert.Equal(quoted, CypherLiteral.Key(key));

    [Fact]
    public void Numbers_are_invariant_and_round_trip() =>
        Assert.Equal("0.85", CypherLiteral.Number(0.85));
}
