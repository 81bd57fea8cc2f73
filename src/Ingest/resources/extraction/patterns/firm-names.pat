# Firms named only by a short form, found by their context: the slot says the name is a company.
# The name is a run of words with one proper word in it (a word jieba does not know, a person's, foreign or
# organisation name, an abbreviation, or a place name that is no place of the gazetteer — those are PLACE
# elements): 世界500强企业|科睿动力, 由|远洋重工|承建, 供应|宏图电器|在重庆的基地, 为重庆|云驰汽车|配套.
# Common nouns alone (企业数量, 为新能源汽车配套) are no name. Lists of firms are read before the patterns
# (FirmListReader), and known names are elements already (ENT): these patterns name what is left.
# The language: docs/patterns.md.

@adverbs = 将|已|已经|正|正在|也|还|则|主要|长期|批量|稳定|持续|直接|专门|一直
@firm-nouns = 强企业|强企|龙头企业|头部企业|知名企业|整车企业|链主企业|外资企业|跨国企业|上市公司|车企|巨头|厂商|整车厂|主机厂
@slot-verbs = 配套|供货|供应|承建|代工|代工生产|交付|配套生产|配套供应

# 世界500强企业科睿动力刚刚…; 龙头企业远洋重工与…; 车企X: a firm noun with its qualifier (企业营收 is the revenue of firms)
names.firm-noun-name:
    @firm-nouns {x:(/n|/ns)? (/x|/nr|/nrt|/nz|/nt|/eng|/j|/ns) (/n|/ns|/vn)?} (/d|/p|/v|/c|，|,|、|。)
    -> ENTITY Enterprise x conf=0.7

# 由远洋重工承建; 为云驰汽车配套生产; 给宏图电器供货
names.for-or-by-firm:
    (由|为|给|向) PLACE? {x:(/n|/ns)? (/x|/nr|/nrt|/nz|/nt|/eng|/j|/ns) (/n|/vn)?} @adverbs* @slot-verbs
    -> ENTITY Enterprise x conf=0.7

# 主要供应宏图电器在重庆的生产基地; 交给明视科技在重庆的生产基地
names.supply-firm-site:
    (供应|交给|供货|交付|配套) {x:(/x|/nr|/nrt|/nz|/nt|/eng|/j|/ns) (/n|/ns|/x)?} 在 {p:PLACE} 的
    -> ENTITY Enterprise x conf=0.7
    -> LOCATED_IN x p conf=0.7
