# SUPPLIES (supplier → customer), with the product and the share where the clause states them.
# Lists of firms are FIRMS (docs/patterns.md): each firm may carry its place before it (江苏的A、浙江的B和本地的C), the place no end.
# The language: docs/patterns.md. SUBJ is the clause's subject (explicit, or carried: 该公司, 我们, the speaker's
# company in a quotation, the firm of the clause before); TOPIC the firm the text was about before the clause.

@give-verbs = 供应给|供货给|供给|供往|售往|销售给|卖给|交付给|交给|提供给|配套给|出口到|出口给|装配到|应用到|应用于|输送给|输送进|输送到|送到|送往|运往|运到|发往|销往|供应到|直供|出货给|发货给|卖到|卖进|销到|送进|流向|流入
@supply-nouns = 订单|定点|项目定点|量产定点|量产订单|定点项目|供货资格|配套资格|供应商资格|大单|采购订单|批量订单|青睐|认可|信赖
@win-verbs = 拿下|获得|斩获|赢得|中标|收获|取得|接到|接获|获|受到|深受|收到|获颁|拿到|揽获|夺得|摘得
# (代工厂, 代工企业: A是B的代工厂 — the maker of B's goods; session 17)
@supplier-nouns = 代工厂|代工企业|代工商|代工方|主供|供应商|供方|合格供方|配套商|供货商|供货方|供应方|配套方|配套企业|供应企业|配套厂|配套厂商|配套厂家|供应厂家|配套单位|一级供应商|二级供应商|核心供应商|合格供应商|战略供应商|主要供应商|独家供应商|专属供应商|零部件供应商|主力供应商|首选供应商|第一供应商|第二供应商|一供|二供
@customer-nouns = 买家|大买家|最大买家|买主|采购方|客户|新客户|大客户|客户群|客户群体|合作客户|终端客户|合作品牌|品牌客户|合作伙伴|老客户|头号客户|主力客户|第一个客户|最早的客户|头号买家|下游买家|下游客户|最大客户|重要客户|主要客户|长期客户|核心客户|战略客户|第一大客户
# distributors: they buy from the maker to sell on (B是A的经销商: supplies.dealer-of; B是公司最大的经销商: supplies.is-our-customer)
@dealer-nouns = 经销商|代理商|分销商|总代理|总经销|总经销商|独家经销商|独家代理商|一级经销商|授权经销商
# 我们最大的客户就是B; 第一大客户当属B
@customer-verbs = 包括|包含|有|涵盖|覆盖|遍及|囊括|是|为|主要有|主要包括|就是|便是|正是|当属|首推|要数
# 订造, 定造: a ship or a train ordered from the yard that builds it (B向A订造4艘散货船; B与A签约，订造…)
@buy-verbs = 采购|订购|购买|购进|买进|买入|购入|下单|订货|进货|提货|调货|拿货|购货|进的货|调的货|拿的货|批量采购|订造|定造|追加订购|订|采买|定做|订制
@contract-words = 独家供应协议|独家供货协议|供应框架协议|配套框架协议|供货框架合同|长期供货合同|供货协议|供应协议|供应大单|供货大单|供货订单|配套协议|供货合同|供应合同|配套合同|供货框架协议|长期供货协议|战略供货协议|配套合作|供货合作|配套关系|供货关系|供应关系
@hold-verbs = 签订|签署|签约|达成|订立|签下|续签|续订|续约|建立|建立起|形成|保持
# 颁发, 授予: the giver of an award is no supplier (is-supplier and listed-suppliers do not read 为A授予“优秀供应商”称号 as 为 = 是)
@award-verbs = 颁发|颁授|授予|颁奖|表彰|授牌
# an aim, not a fact: A计划明年争取进入B的供应链; A有望成为B的一级供应商; A和C都想挤进B的供应链; A试图打入B的供应体系;
# A的目标是三年内成为B的驱动电机供应商; a condition or a forecast is no fact either: 如果能拿下B的订单，…; A一旦进入B的供应体系，…;
# A预计明年二季度开始向B供货; weighing is no fact: B曾考虑向A采购…，最终选了别家 (not 考虑到, one word: 考虑到成本，B从A采购)
@supplier-aims = 计划|拟|争取|力争|有望|希望|打算|谋求|有意|期望|渴望|想|想要|都想|也想|试图|企图|力图|寻求|准备|目标|目标是|预计|预期|如果|如能|若能|若|假如|倘若|一旦|只要|要是|万一|考虑|曾考虑|一度考虑|正考虑|正在考虑
# a customer hoped for, not one served: B和C都是A的潜在客户; B是A的意向客户; A的目标客户包括B (customer patterns)
@prospects = 潜在|意向|目标|潜在客户|意向客户|目标客户|准客户
# a contrast names the other firm, not a customer: 与B不同，C采用的是A的电池包; 相比B，C更多选用A的产品
@contrasts = 不同|相比|相较|不像|有别于|比起|相比之下|不同于
# a supplier that was, not one that is: A曾是B的座椅供应商; B原包装供应商A; B的电机此前一直由A供应(，今年起改由C供应)
@former = 曾|曾经|曾是|一度|原|原本|原先|原来|昔日
# B的电机，此前由A供应; B的电源芯片以前由A供应，目前已全部切换为C的产品: a time before now in the match of 由A (or before it in
# its clause) makes A a past supplier (by-supplier; 此前依赖进口，去年起改由A供应 is switched-to's)
@before-now = 此前|以前|过去|早年|早些年
# a part of what is bought or sold: 约七成采购自A, 一半以上供给了B
@share-words = 七成|六成|八成|九成|五成|四成|三成|两成|一半|大半|多半|近半|过半|大部分|大多|大多数|绝大部分|绝大多数|部分|一部分|相当一部分|其中的三成
@adverbs = 被|将|已|已经|正|正在|可|均|也|还|则|主要|长期|批量|稳定|持续|直接|开始|率先|陆续|成功|首次|分别|独家|全部|大量|部分|一直|逐步

# a list of suppliers shut out, not taken in: A被B列入供应商黑名单; A已被B列入不合格供应商名单 (unless-after: the word follows the match)
@blacklists = 黑名单|禁入|失信
# a matter spoken of, not a supply done: A向B供货一事，仍待双方董事会批准; A与B就向其供货事宜进行洽谈
@matters = 一事|事宜
# goods sent to be tried, not sold: A的样品已送往B测试; 为B提供样件; 向B送样 (give-to, for-customer, verb-customer)
@samples = 样品|样件|样机|样车|试样|送样|小样|样板|样本|测试样品
# what was sold or delivered: 卖给了B (not 交给了B: 把建设交给了B)
@sold-verbs = 供应给|供货给|供给|卖给|销售给|售给|交付给|销往|售往|发往|运往|卖到|卖进|送进|流向|流入|出货给
# 交给B生产, 交给B运输: work handed to B (B supplies it: supplies.handed-to-make), not goods sold to B (the word right
# after B: 交给B在合肥的生产基地 is goods)
# (and the processing done for the firm that hands the goods over: 纱线染色交给开发区内的A完成, 坯布交给A印染, @process-work)
@process-work = 完成|染色|印染|印花|印刷|分梳|纺纱|织造|缝制|分装|灌装|包装|组装|装配|喷涂|涂装|电镀|热处理|精加工|代加工|冲压|焊接|铸造|锻造|压铸|烘干|清洗|切割|研磨|抛光
# steps of the making a firm hands to another (纱线染色交给A; 分梳环节交由A): supplies.step-handed-to, not goods given (give-to)
@process-steps = 染色|印染|印花|分梳|纺纱|织造|缝制|分装|灌装|喷涂|涂装|电镀|热处理|精加工|代加工|冲压|焊接|铸造|锻造|压铸|烘干|清洗|抛光|环节|工序
@handed-work = 生产|制造|加工|代工|研制|开发|打造|承制|运输|配送|承运|运送|保管|仓储|检测|回收|处理|处置|安装|维修|维护|运营|@process-work
# A将转向节供应给B; 60%供应给B; 产品交付给B、C; 设备卖给了B和C; 轮毂一半以上供给了B; A今年的汽车板有四成流向B; A把牛仔布卖到了B的
# 裁剪车间; A上月出货给B的控制板超过20万片
# (not samples, @samples: A的样品已送往B测试; not goods once meant for B, @former: A的灯珠原本要卖给B，后来…转给了另一家客户;
# not the carrier: A物流负责把C的卷板运往B, @carry-frames (one word each, as unless reads them) — supplies.goods-carried-to reads C; not money or people flowing:
# 资金流向B, 人才流入B, @not-flowing)
@not-flowing = 资金|资本|人才|员工|工程师|技术人员|团队|骨干|投资|利润|游客|客流|人口
@carry-frames = 负责|承运|运输|运送|配送|转运
supplies.give-to:
    ({x:PERCENT} ~2)? (将|把)? {p:PRODUCT}? (约|近|超过|逾)? @share-words? 以上? @adverbs* (@give-verbs | @sold-verbs 了) ((/n|/vn|/j)* (企业|车企|厂商|客户|公司|主机厂|整车厂))? {c:FIRMS} ($ | !@handed-work)
    unless @negations
    unless @samples
    unless @former
    unless @carry-frames
    unless @not-flowing
    unless @process-steps
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c product=p share=x conf=0.85

# (the customer is named before the verb: 向B批量交付轮毂轴承 is for-customer's, and what follows the verb is the goods, @to-preps)
@to-preps = 向|给|为|已向|已为|还向|也向|还为|也为|均为|能为|可为|已给
# A交付B座椅; 主要配套B、C; 批量供应B; (A生产的轮胎，)七成供应B，三成供应C; A独供B全系车型的轮毂轴承; 新产线生产的轮毂轴承将专供B (专供: made for B alone;
# 将 is a contracted supply, as 将为B供应)
supplies.verb-customer:
    ((约|近|超过|逾)? @share-words 以上?)? @adverbs* (交付|配套|供应|供货|供给|批量供应|批量交付|主要配套|服务|独供|独家供应|独家配套|直供|专供|专门供应|定向供应) ((本地|当地|国内|知名|省内) (/vn|/n|/j)* (品牌|企业|车企|客户)?)? {c:FIRMS} 等? /n*? {p:PRODUCT}?
    unless @negations
    unless @supplier-aims
    unless @samples
    unless @to-preps
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c product=p conf=0.8

# (not money: 银行为B的项目提供了10亿元贷款, @finance-goods after the verb; not a former supplier: A此前一直为B供货, @former)
@finance-goods = 贷款|银行贷款|授信|信贷|融资|资金|资金支持|担保|贴息|补贴|保险|保函|信用额度
# a carrier moves the goods, it does not sell them: A物流为B提供零部件入厂物流服务; 由A物流承运 (the supplier is the firm whose goods they are)
@carriage = 物流|运输|仓储|配送|承运|货运|快递|物流服务|运输服务|仓储服务|配送服务|入厂物流|货代
# A为B配套; 为B、C等车企配套供应转向节; 向B批量交付座椅; 给B供货; 为南京B配套 (the place before the firm's short name); 今年起为B
# 独家提供… (jieba glues 起为, 起向)
supplies.for-customer:
    (为|给|向|能为|可为|已为|已向|还向|也向|还为|也为|均为|起为|起向|起给) 包括? PLACE? ((/n|/vn|/j|/s)* (企业|车企|厂商|客户|品牌|主机厂|整车厂|家电企业))? {c:FIRMS} (等|在内)? ~8 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless @supplier-aims
    unless @finance-goods
    unless @former
    unless @samples
    unless @carriage
    unless-after @finance-goods
    unless-after @samples
    unless-after @carriage
    unless @matters
    unless-after @matters
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c product=p conf=0.8

# 为B提供座椅的A，今年产值突破20亿元; 一直为B配套包装箱的A; 给B供货的本地企业A: the supplier named after the relative
# clause that says what it does for B (not money: 为B提供贷款的A银行; not an aim or a past supplier; not after 由A: 由A向B供应
# 的乘客座椅 names the supplier before, and what follows 的 is the goods)
@by-marks = 由|经由
supplies.relative-supplier:
    (一直|长期|常年|多年来|主要)? (为|给|向) {c:FIRMS} 等? @adverbs* @supply-verbs+ (/n|/vn|/nz|/j|/x)* 的 (本地|当地|本土)? (企业|供应商|配套企业|民营企业|龙头企业)? {s:ENT}
    unless @negations
    unless @by-marks
    unless @supplier-aims
    unless @finance-goods
    unless @former
    unless @before-now
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.85

# 约定宁硅碳材向澄锂新能源供应负极材料; 合同规定A在2027年向B交付…: the contract's terms name the supplier (the firm after
# 约定 is the verb's subject, not the clause's)
supplies.agreed-supply:
    (约定|规定|明确|商定|合同规定|合同约定|协议约定|协议规定) (由)? {s:ENT} ~8 (向|为|给) {c:FIRMS} ~2 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.85

# 承印, 印制: packaging printed for the customer (B的包装袋一直由A独家承印)
@by-verbs = 供应|供货|提供|配套|独供|双供|主供|承包|包揽|独家供应|独家提供|独家配套|配套供应|就近配套|生产|制造|承建|承制|加工|代工|交付|研发|承印|印制|代工生产
# what a firm earns or employs comes from others without their supplying it: A的订单主要来自B (A supplies B:
# supplies.orders-from), A的工程师来自B, A的资金来自B; 本合同所需产能由A的项目提供 (the supplier's own capacity)
@not-supplied = 订单|营收|收入|销售额|销售收入|业务|利润|出货|销量|份额|产能|员工|工程师|人才|团队|高管|骨干|股东|资金|资本|投资|灵感|经验|技术人员
# 买自 (B的粉体主要买自A) is 购自 in plain words
@from-verbs = 来自|购自|采购自|采自|均来自|全部来自|大多来自|出自|大多出自|均出自|源自|来源于|买自|购买自|大多买自|均买自|全部买自
# B的牵引电机主要来自A; B的面料采购自A; B的电驱系统大多出自A: what the customer uses comes from the supplier
supplies.comes-from:
    {c:ENT} 的 (/v|/vn)? {p:PRODUCT} @adverbs* @from-verbs (PLACE* (本地|当地|本土)? 的)? {s:FIRMS}
    unless @negations
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.75

# B新能源重卡的“三电”系统大多出自A; B旗舰车型所用的电机来自A (words between the customer and its part)
# B的动力电池，一部分来自A; B的芯片大部分来自A; B的压缩机约一半来自A (a share of it)
# B所用的前挡风玻璃八成以上出自A (a share and 以上); B拖拉机上的变速箱，基本都出自A (基本都, 几乎全部)
supplies.part-comes-from:
    {c:ENT} ~4 的 (“ /x ”)? (前|后|内|外)? (/n|/vn|/j|/x)+ (，|,)? (近|约|超过|逾|将近)? (/m|/mq)? 以上? (基本|基本上|几乎|大都)? (都|全|全都)? @adverbs* @from-verbs (PLACE* (本地|当地|本土)? 的)? {s:FIRMS}
    unless @negations
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# A的订单主要来自B和C; 公司营收大多来源于B: those who pay A are its customers
# A今年新增的订单，七成来自B; A今年的新增订单，大部分来自B (a share of them); 船厂A手持订单中，有三成来自B
@shares = 七成|六成|八成|九成|五成|四成|三成|两成|一半|大半|多半|近半|过半|大部分|大多数|绝大部分|绝大多数|部分|一部分|相当一部分
supplies.orders-from:
    ({s:ENT} 的?)? ~4 (订单|手持订单|在手订单|营收|收入|销售额|销售收入|出货|销量) (中|里|当中)? (，|,)? 有? @shares? @adverbs* (来自|来源于|源自|大多来自|均来自) {c:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# A的驱动电机已搭载在B的公交上; A的螺栓，如今也用在了B的生产线上; 装在B、C的车型上
supplies.fitted-on:
    @adverbs* (用于|应用于|装配于|搭载在|搭载于|用在|装在|已装在|装配在|安装在|应用在|装到|用到|装上|装进|装配到|搭载到|配装在|配套在) 了? {c:FIRMS} 等? (的|PLACE)
    unless @negations
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.7

# what may stand between 由 and the supplier: 由本地企业A提供, 由当地配套企业A供应
@supplier-kinds = 本地企业|当地企业|本土企业|本地|当地|本土|企业|配套企业|本地配套企业|当地配套企业|龙头企业|民营企业|供应商|合作伙伴
# a firm after 从 or 采购自 is where something comes from, not a customer: X主要从A采购，Y则由B供货; X主要采购自A，Y由B配套
# (B supplies the subject, not A)
@source-preps = 从|自|采购自|购自|来自|进口自|源自|买自|购买自
# B的轮毂轴承，目前已全部交由A供应 (交由: handed to A to supply);
# B的座椅由A供应; B所需的转向节，今后将由A、C等企业就近配套; B有2艘船的分段由A承建; B平台、C平台，以及D等车型所用的电池，都由A配套供应;
# B新机型的变桨轴承系A供应 (系: by, in a formal register)
# Told over two clauses, B is the topic the first clause opens with (nothing before it in its clause); not a firm that
# clause names after a verb, its object (轮毂我们交给本地的C做，玻璃由A供应: C is no customer of A; 产品已进入C的供应商体系，
# 所用瓶坯由A供应: A supplies the clause's subject, not C)
supplies.by-supplier:
    ({c:FIRMS} ((，|,) 以及 {c:FIRMS})? 等? ~8 | ^ {c:FIRMS} ((，|,) 以及 {c:FIRMS})? 等? ~8 (，|,)) (!@before-now)? (!@before-now)? (!@before-now)? (!@before-now)? (由|均由|全部由|全由|交由|全部交由|均交由|系) (PLACE* (本地|当地|本土)? 的)? @supplier-kinds? {s:FIRMS} 等? ~4 @adverbs* @by-verbs
    unless @negations
    unless @source-preps
    unless @not-supplied
    unless @former
    unless @before-now
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# B的电机，此前一直由A供应，今年起改由C供应; B的面料，去年起转由C独家供应; B今年起改由当地的C供应电机: the supplier the
# customer switched to (the one before is a former supplier: by-supplier does not read it after 此前一直, nor 改由: a firm
# that supplied before 改由 is no customer of the new one)
supplies.switched-to:
    {c:ENT} (的 ~8 (，|,) (~8 (，|,))?)? ~4 (改由|改交由|转由|换由|现由|改为由|如今由|目前由|现在由) (PLACE* (本地|当地|本土)? 的)? @supplier-kinds? {s:FIRMS} ~2 @adverbs* @by-verbs
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# B原包装供应商A已被C取代: the supplier that took the place of another
supplies.replaces-supplier:
    {c:ENT} 的? (原|原来的|此前的)? ~2 @supplier-nouns ENT @adverbs* (被|由) {s:ENT} (取代|替代|替换|顶替|接替)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# B在临江的工厂所需的车轮、座椅等大量零部件，今后将由A、C等企业就近配套; B所用的电池都由A供应 (a longer need before 由)
supplies.needs-by-supplier:
    {c:ENT} ~6 (所需|所用|需要|使用) 的 ~12 (，|,)? ~4 由 (PLACE* (本地|当地|本土)? 的)? @supplier-kinds? {s:FIRMS} 等? ~4 @adverbs* @by-verbs
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# 所需磁钢由A就近配套; 偏光片以前全靠进口，现在大部分由本地的A供应: what the clause's subject needs, supplied by A
@portions = 大部分|大多|大多数|绝大部分|绝大多数|一半|多半|大半|全部|部分|七成|六成|八成|九成|五成|四成|三成
supplies.subject-needs-by-supplier:
    ((所需|所用|需要|使用) 的? ~4 | @portions) 由 (PLACE? (本地|当地|本土)? 的)? @supplier-kinds? {s:FIRMS} 等? ~4 @adverbs* @by-verbs
    unless @negations
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 车体铝型材由醴陵市的A供应; 其电池包由本地的A供应; (齿轮箱以前要从外地运来，)现在由本地的A就近配套: the clause opens with
# what the subject (the firm of the sentence before, the speaker's firm, 其) uses, then 由 the supplier and a verb of
# supplying (not 项目由A承建, 产品由A生产, 该项目由A投资: building, making and investing are not supplying)
@supply-by-verbs = 供应|供货|配套|提供|就近配套|配套供应|独家供应|独家提供|独家配套|直供|批量供应|供给
@clause-times = 现在|目前|如今|今后|今年|去年|未来|将来|以后|眼下
supplies.clause-product-by:
    ^ @clause-times? (其|公司|我们|该公司)? 的? (/n|/vn|/j|/nz|/nr|/x|/eng)* @clause-times? @adverbs* 由 (PLACE* (本地|当地|本土)? 的)? @supplier-kinds? {s:FIRMS} 等? ~2 @adverbs* @supply-by-verbs
    unless @negations
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 公司所需的轴承钢主要采购自A; 原料大多购自A、B; B的压缩机，约七成采购自A (a share of it)
# (not what was bought before, @former: B的浓缩果汁，原先购于PLACE的A)
supplies.bought-from:
    (约|近|超过|逾|将近)? @share-words? 以上? @adverbs* ((采购|购买|订购|进口) (自|于) | 购自 | 购于 | 采购自 | 采自) (PLACE* (本地|当地|本土)? 的)? {s:FIRMS}
    unless @negations
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 其中B已与公司签订了三年的长期采购协议; B和我们签下了采购合同: B buys from the firm 公司/我们 stand for
@purchase-contracts = 采购协议|采购合同|采购框架协议|采购订单|订货合同|订购合同|采购大单|采购意向书
supplies.buyer-contract:
    {c:FIRMS} ~2 @adverbs* (与|和|同|跟) (公司|我们|该公司|本公司) ~3 @adverbs* @hold-verbs 了? ~6 (采购|长期采购)? @purchase-contracts
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC c conf=0.75

# A与B达成合作，将为后者供应智能座舱; A与B签约，为对方批量配套电池: 后者/对方 is B
supplies.for-latter:
    {s:ENT} 与 {c:ENT} ~6 (，|,) ~3 (为|给|向) (后者|对方) ~3 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.75

# (A说,) 家电配套产品主要供应B在临江的基地; 电机产品大多交给B: the product is the clause's subject, the firm the text's
supplies.product-goes-to:
    产品 @adverbs* (供应|供应给|交给|供给|供货给|交付|交付给|销售给|卖给|配套|配套给) {c:FIRMS} ($ | !@handed-work)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES FIRM|TOPIC c conf=0.8

# A拿下B价值1.2亿元的海上风电集电线路电缆订单 (a part of several words before the order word);
# A收到B追加的10万套轮毂轴承订单 (the order the customer added or placed); A斩获B一笔价值3亿元的传感器订单;
# A拿下B的订单; A获得B定点; A拿下B约8000万元的电缆采购订单; 斩获B转向节项目定点 (not an aim: A争取拿下B的定点)
supplies.wins-order:
    @win-verbs 了? {c:FIRMS} 等? ((追加|下达|下发|新下|发来|追加采购) 的 (/m|/mq)*)? ((/m|/mq)? (价值|金额|总额|总价|合同金额)? (约|近|超|超过|逾|总额)? AMOUNT)? (的|公司的|集团的)? (/s|/f)? {p:PRODUCT}? ~4 @supply-nouns
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c product=p conf=0.8

# 拿到了B新一代协作机器人的减速器订单 (新一代, 下一代, 新款 before the models);
# 拿下B两款新车型的定点; 拿到了B两款纯电车型的线束定点 (the part before the order word); 获得B新平台的批量订单 (the models or platforms a count or 新 names)
supplies.wins-model-order:
    @win-verbs 了? {c:FIRMS} ((新|全新)? (/m|/mq)? (新|全新|新一代|下一代|新款)? (/n|/vn|/j|/x|/l)+ (平台|车型|项目|产品|系列)? 的) ({p:PRODUCT} | ~3) @supply-nouns
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.8

# A、B等企业作为C的零部件供应商; A与B同为C的供应商; A、B等12家企业入围C新平台供应商名单
supplies.listed-suppliers:
    {s:FIRMS} 等? ~3 (是|成为|作为|为|系|同为|均为|都是|都为|同是|皆为|也是|入围|入选|进入|打入|打进|跻身) {c:FIRMS} 等? 的? ~4 @supplier-nouns
    unless @negations
    unless @supplier-aims
    unless @award-verbs
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# 作为B的核心供应商，A每年为其提供面板: the firm of the next clause is the supplier
supplies.as-supplier-then:
    ^ 作为 {c:FIRMS} 等? (的|在)? ~4 @supplier-nouns (之一)? (，|,) ~2 {s:ENT}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# (作为B的供应商，A…: as-supplier-then; A作为B的供应商: listed-suppliers)
# A获选为B驱动芯片的二供 (一供/二供: the first and second source);
# A是B的一级供应商; 成为B、C的配套商; 进入B的供应链; 打进B的配套体系; 叩开了B的大门; A是B旋挖钻机大型结构件的配套厂家 (not an aim: A计划明年争取进入B的供应链,
# A有望成为B的供应商)
# A成功切入B的供应链; A的MCU进入B的采购目录 (not a blacklist: A被B列入供应商黑名单, @blacklists after the match)
supplies.is-supplier:
    (是|还是|也是|成为|为|系|获选为|当选为|入选为|跻身|进入|入选|入围|纳入|列入|打入|打进|挤进|迈入|叩开|敲开|切入|融入|嵌入) 了? {c:FIRMS} 等? (的|在)? ~6 (@supplier-nouns|大门|配套大门|供应链|供应体系|配套体系|采购体系|供应商体系|供应链体系|全球供应链|采购名录|供应商名录|采购目录|供应商目录|合格供应商目录)
    unless @negations
    unless @supplier-aims
    unless @award-verbs
    unless @former
    unless-after @blacklists
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.8

# A的刻蚀设备已批量进入B的生产线; A的焊接机器人进入了B的产线: the goods named before the verb (not its engineers or
# staff: a title, or @not-supplied; not an aim)
supplies.enters-line:
    (/n|/vn|/nz|/j|/x|/eng)+ @adverbs* (进入|打入|打进|导入|走进|用上|用在) 了? {c:FIRMS} 的 (生产线|产线|生产车间|工厂)
    unless @negations
    unless @supplier-aims
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A的客户包括B、C; 客户涵盖B; 主要客户有B; “我们最大的客户就是B”（the speaker's firm）
supplies.customers-include:
    ({s:ENT} (的|公司的))? ~3 @customer-nouns (，|,)? ~2 @customer-verbs {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ|TOPIC c conf=0.8

# A的主要客户是B，其次是C; A的第一大客户为B，此外还有C: the customer named next
supplies.customers-next:
    ({s:ENT} (的|公司的))? ~2 @customer-nouns ~2 @customer-verbs FIRMS (，|,) (其次|其后|然后|此外|另外|再次)? (是|为|还有|有|包括) {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# B是A最大的客户; B是我们唯一的客户，我们为他们提供机床辅件 (no verb before the customer word: not
# B为A颁发“优秀合作伙伴”称号)
# B、C、D都是A的客户; B和C均为A的大客户; B一直是A的大客户, B始终是A最大的客户 (not 已经是: A已经是B多年的合作伙伴 says no direction)
supplies.is-customer:
    {c:FIRMS} (都|均|也|同样|则|一直|始终|长期|向来|仍|仍然)* (是|为|成为|系) {s:ENT} (!/v)? (!/v)? (!/v)? (!/v)? @customer-nouns
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# B是公司最大的经销商 (a dealer buys to sell on); in a quotation after the speaker's sentence 公司/我们 is the speaker's firm
# (…，A总经理张三说。“大连的B是公司最大的经销商。”: TOPIC, the clause-subject pass)
supplies.is-our-customer:
    {c:FIRMS} 等? ~2 (是|为|成为|系) (我们|公司|我们公司|其|该公司)? (!/v)? (!/v)? (!/v)? (!/v)? (@customer-nouns|@dealer-nouns) ((，|,) ~3 (为|给|向) (他们|其|对方|它们) ~2 @supply-verbs+ {p:PRODUCT}?)?
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC c product=p conf=0.8

# B向A采购座椅; B从A订购; 这批海缆，B是从A订购的 (jieba glues 是从)
supplies.buys-from:
    (向|从|自|是从|是向|都是从|改从|改向|转从|转向) (PLACE* (本地|当地|本土)? 的)? {s:FIRMS} ~2 @adverbs* @buy-verbs {p:PRODUCT}?
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ product=p conf=0.8

# B将向公司采购不超过3亿元的动力电池; B每年从我们订购…: B buys from the firm 公司/本公司/我们 stand for (in an announcement,
# the firm that defined （以下简称“公司”）), surer than the purchase contract the sentence names before it
supplies.buys-from-us:
    (向|从|自|是从|是向) (公司|本公司|我们|我们公司) ~2 @adverbs* @buy-verbs {p:PRODUCT}?
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC SUBJ product=p conf=0.8

# A与B签订供货协议; B与A签订了包装物独家供应协议, A being 某某包装: the firm whose name is the product's trade supplies
# (by-product: a contract says no direction, so the edge is turned round when the customer's name holds the product)
supplies.contract:
    (与|和|同|跟) {c:FIRMS} ~3 @adverbs* @hold-verbs 了? ~6 {p:(PRODUCT | /l)}? 独家? @contract-words
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c product=p conf=0.8 by-product

# B与A续签了压缩机电机采购合同; B与A签订《采购框架协议》; A与B签订了座椅采购合同, A being 某某座椅 (turned round): who signs a purchase contract with A buys from A (less sure
# than a clause that says who supplies whom: B与A签订采购协议，约定A向B供应… keeps A > B only)
supplies.purchase-contract:
    (与|和|同|跟) {s:FIRMS} ~3 @adverbs* @hold-verbs 了? ~6 {p:PRODUCT}? (采购合同|采购协议|采购框架协议|长期采购协议|采购订单|采购大单)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ product=p conf=0.7 by-product

# A通过了B的供应商审核; A的功率模块通过了B的车规认证; A的电机已通过B验证，进入批量供货阶段: the customer has qualified the supplier
@audits = 车规认证|车规级认证|认证|质量认证|产品认证|可靠性测试|装车测试|供应商审核|供应商认证|供应商资格审核|供应商评审|二方审核|质量体系审核|验证|产品验证|认证审核
supplies.passes-audit:
    @adverbs* 通过 了? {c:FIRMS} 的? ~2 @audits
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A的转向节在B、C等企业的配套份额超30%
supplies.share-in:
    {s:ENT} 的 {p:PRODUCT} 在 {c:FIRMS} 等? ~2 (的)? (配套份额|供货份额|市场份额|采购份额|份额) (~3 {x:PERCENT})?
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p share=x conf=0.85

# A每两天向B发一次货; 向B送货; 向B、C累计发货隔膜超过2亿平方米
supplies.ships-to:
    (向|给|为) {c:FIRMS} ~4 ((发|送|运|交) ~2 货 | 发货 | 送货 | 交货 | 出货)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.8

# 合作的品牌还包括B、C; 它配套的主要是B、C; 服务的车企有B
supplies.served-are:
    (合作|配套|服务|供货|供应) 的? (品牌|企业|车企|厂商|伙伴|客户|对象)? ~2 (主要|还|也)? (是|有|包括|涵盖) {c:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# 无论是B的燃油车还是新能源车，都用上了A的产品; B的车型采用A的电池. Across a comma only when the clause after names no
# firm of its own before the verb (B销量大增，C采用了A的产品: C's, not B's)
supplies.uses-product:
    {c:FIRMS} ~8 ((，|,) (!NAMED)? (!NAMED)? (!NAMED)? | ~3) (用上|采用|使用|搭载|选用|装上|装配|配备|用) 了? {s:ENT} PLACE? 的 ~2 (产品|零部件|部件|配件|设备|电池|芯片|材料)
    unless @negations
    unless @former
    unless @contrasts
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B新上市的SUV全部换装了A生产的空气悬架; B的洗碗机选用A制造的电机; B、C的新车型都采用了A研发的电池: the product the
# supplier makes, in what the customer uses
# (采购, 订购: B批量采购了A生产的发动机 — what the customer buys, made by the supplier)
@use-verbs = 采用|换装|换用|选用|使用|用上|搭载|装上|装配|配备|配装|选配|用|采购|批量采购|订购|购买|购进
supplies.uses-made-by:
    {c:FIRMS} ~8 (，|,)? ~3 @adverbs* @use-verbs (了 | 的 是)? {s:ENT} PLACE? (生产|制造|提供|供应|研发|研制|配套|出品|自主研发) 的 {p:PRODUCT}
    unless @negations
    unless @former
    unless @contrasts
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.75

# B的摄像头模组，大部分份额被A拿下; B新车型的座椅订单由A斩获: the customer's part, won by the supplier
supplies.won-by:
    {c:ENT} ~4 的 ~6 (，|,)? ~3 (被|由) {s:ENT} @adverbs* (拿下|斩获|获得|包揽|夺得|收入囊中|赢得)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B与A签署供货协议，后者将向B提供控制器; B与A达成合作，由后者为其配套座椅: 后者 is A, the supplier (surer than the
# agreement's subject, supplies.contract: the reverse edge that pattern reads in the same sentence is dropped)
@talks = 洽谈|商谈|磋商|谈判|接洽|探讨
supplies.latter-supplies:
    {c:ENT} (与|和|同) {s:ENT} ~6 (，|,) (由)? 后者 ~6 (为|给|向) (前者|对方|其|{c:ENT}|!NAMED (!NAMED)? (!NAMED)?) @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless @talks
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.85

# B、C等企业的核心供应商名单里，现在都有A; B的叶片供应商名单中新增了A
supplies.in-supplier-list:
    {c:FIRMS} 等? ~3 的 ~2 (供应商名单|供应商名录|供应商体系|供应链|配套体系) (里|中|内)? (，|,)? ~3 (有|出现|包括|进入|新增|增加|加入|添) 了? {s:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# A的产品赢得了B的青睐 (wins-order takes it); B从A采购 (buys-from)

# B的屏幕供应商中，A的份额最高; 在B的配套商名单里，A排在第一位; B的一级供应商中，浙江企业占了三分之一，A便是其中之一; B的供应商里，A排名第一
supplies.among-suppliers:
    {c:ENT} 的 ~3 @supplier-nouns (名单|名录)? (里|中|当中|之中)? (，|,) (~10 (，|,))? {s:ENT} ((便是|就是|也是|正是|即是|(便|就|也|正|即)? (是|为)) 其中 (之一|一家|一员) | 的 (份额|供货份额|配套份额|占比|供货量) ~2 (最高|最大|最多|第一|超过|超|逾|达|达到|接近|近|约|占) | (位列|排在|排名|排) ~2 (第一|第一位|首位|头名|榜首|前列|前三))
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B的车桥供应商，除了外资品牌，还有本地的A; B的供应商主要有A、C
supplies.suppliers-are:
    {c:ENT} 的 ~3 @supplier-nouns (，|,)? (除了 ~6 (，|,))? (还有|也有|主要有|主要包括|包括|涵盖) ~3 {s:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# 在A的客户名单上，有B、C等企业; A的前五大客户中，B位列第一; A的客户里，B的采购额最大
supplies.among-customers:
    (在|从)? ({s:ENT} (的|公司的))? ~3 (@customer-nouns (名单|名录|清单)? | 客户名单 | 客户名录) (上|里|中|当中|之中) (，|,)? (有|包括|还有|就有)? {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# A为多家车企生产内饰件，其中B的订单占比最大 (B is one of the customers just told of: the firm of the clause before)
supplies.among-them:
    其中 (，|,)? {c:ENT} 的 (订单|采购额|采购量|销售额|销售收入|供货量|占比) ~3 (最大|最多|最高|第一|居首)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC c conf=0.7

# 在B召开的供应商大会上，A获评“优秀供应商”; A在B全球供应商大会上荣获“质量贡献奖”; B副总裁在供应商大会上为A颁发“最佳质量奖”
@supplier-meetings = 供应商年会上|供应商大会上|供应商大会|供应商会议|供应商年会|供应商表彰大会|供应商合作伙伴大会|全球供应商大会|供应商伙伴大会
# 捧回了“卓越交付奖”, 捧走, 领取: taking the award home is winning it
@awards = 获评|荣获|获得|获颁|被评为|被授予|获授|摘得|捧得|斩获|喜获|捧回|捧走|领取|领走|收获
supplies.supplier-award:
    ({c:ENT} ~4 @supplier-meetings (上|中)? (，|,)? ~2 {s:FIRMS} 等? ~3 @awards | {s:ENT} 在 {c:ENT} ~3 @supplier-meetings (上|中)? ~2 @awards | {c:ENT} ~3 在 ~3 @supplier-meetings (上|中)? ~2 (为|向|给|上为|上向|上给) {s:FIRMS} 等? ~2 (颁发|颁授|授予|颁奖))
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# The host of a supplier meeting is its firms' customer: a firm it honours there is its supplier, whatever the award's name.
# (B召开2026年供应商大会。)会上，A凭借驱动桥获得“年度最佳供应商”奖; …；PLACE的D凭借线束拿下“协同创新奖”; 大会上，A、C等12家
# 企业获评“优秀供应商” — HOST is the firm named with the meeting (supplier-meetings.txt), in the sentence or in an earlier one
# when this one opens with 会上 (meeting-tellings.txt) or continues such a one after ；. Not a body's award (获得市政府颁发的
# “纳税大户”称号, @award-bodies), not a meeting no firm hosts (协会主办的供应链大会), not a fair (展会上，A获得“最佳展台奖”).
@award-bodies = 政府|人民政府|市政府|区政府|县政府|省政府|协会|行业协会|商会|工商联|商务局|经信局|工信局|发改委|科技局|委员会|管委会|工信部|工信厅|主管部门
@host-awards = 获评|荣获|获得|获颁|被评为|被授予|获授|摘得|捧得|斩获|喜获|捧回|捧走|领取|领走|拿下|夺得|揽获
supplies.award-at-host-meeting:
    ^ (PLACE 的)? {s:ENTS} 等? (/m /q? (企业|供应商|单位|家))? ~8 @host-awards 了? ~2 (“ ~8 ” | ~4 (奖|称号|荣誉称号|奖项|@supplier-nouns))
    unless @negations
    unless @award-bodies
    unless-sentence @hearsay-words
    -> SUPPLIES s HOST conf=0.7

# B近日向A颁发“战略供应商”奖牌; B为A、C授予“年度优秀供应商”称号: the customer honours its supplier (the honour names
# the supplier; not 向A颁发“科技进步奖”: no supplier word)
supplies.supplier-honour:
    (为|向|给) {s:FIRMS} 等? ~2 @award-verbs 了? ~2 “ ~4 @supplier-nouns ~2 ”? (奖|奖牌|奖杯|称号|荣誉|证书|牌匾)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.85

# A被B确定为新一代底盘传感器的供应商; A被B选为关节轴承供应商; 被B选定为定点供应商; 被B评为优秀供应商;
# A被B选定为其新平台外覆盖件模具供应商 (其 is B, and a longer part)
supplies.named-supplier-by:
    被 {c:FIRMS} ~2 (确定|选定|定为|指定|认定|评为|列为|纳入|确定为|选定为|指定为|认定为|列入|选为|选中|选作|评选为|确认为) 为? 其? ~8 @supplier-nouns
    unless @negations
    unless @supplier-aims
    unless-after @blacklists
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.8

# B发布公告，选定A为其新一代变速箱齿轮的独家供应商; B确定A、C作为转向节供应商: the customer (the clause's subject) names its
# supplier (not an aim: B计划选定A为供应商)
supplies.selects-supplier:
    (选定|确定|选择|选中|指定|认定|选用|敲定) 了? {s:FIRMS} 等? (为|作为|成为) (其|公司|该公司)? ~8 @supplier-nouns
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.8

# B与A签约，订购20台船用起重机; B与A签订合同，采购一批钢材: who signs with A and then buys, buys from A
supplies.signs-then-buys:
    (与|和|同|跟) {s:ENT} ~3 @adverbs* (签约|签订合同|签订协议|签署合同|签署协议|签订 ~4 (合同|协议)|签署 ~4 (合同|协议)|签下 ~4 (合同|订单)) (，|,) ~2 @adverbs* (订购|采购|购买|购进|订造|定购)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# B的纱线染色交给开发区内的A; 分梳环节则交由本地的A: a step of the making handed to the supplier (B's work, done by A;
# supplies.give-to reads no goods sold after one, @process-steps)
supplies.step-handed-to:
    @process-steps @adverbs* (交给|交由|委托给|外包给) {s:FIRMS}
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.85

# B宣布，其电驱系统将交给A生产; B把外壳交由A加工; 纱线染色交给开发区内的A完成; 分梳环节交给本地的A: the customer hands
# the making to the supplier (surer than supplies.give-to, which reads 交给 as the subject's selling)
supplies.handed-to-make:
    (交给|交由) {s:FIRMS} (来|去)? (生产|制造|加工|代工|配套|供应|供货|研制|开发|打造|承制|@process-work)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.9

# B的谐波减速器全部外购，主要供应商是A; 核心供应商为A和C: a clause opening with the suppliers of the firm spoken of
# (TOPIC: with 就是/d the supplier opens the clause and would be read as its subject)
supplies.clause-suppliers-are:
    ^ (其|公司|我们|该公司)? 的? (主要|核心|最大的|第一大|唯一的|唯一)? @supplier-nouns (是|为|有|包括|就是|主要有) {s:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s TOPIC|SUBJ conf=0.75

# B新建的柔性屏产线，检测环节采用了A的机器视觉方案; B的储能柜，温度监测采用的是A的整体方案: the customer adopts the
# supplier's solution (a system it delivers), not its way of working (管理方案, 发展方案, 借鉴…方案: @not-solutions)
@solution-words = 方案|解决方案|整体方案|系统方案|整体解决方案|一站式方案|交钥匙方案
@not-solutions = 技术|管理|经营|商业|营销|发展|规划|改革|融资|投资|合作|治理|培训|理念|模式|借鉴|学习|参考|效仿|数字化管理|薪酬|激励|招商
supplies.adopts-solution:
    (采用|选用|采用的是|选用的是|用的是|使用|引入|引进|部署) 了? {s:ENT} (提供|研发|开发|设计|定制|自主研发)? 的 (/n|/vn|/v|/b|/m|/nz|/eng)* @solution-words
    unless @negations
    unless @not-solutions
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.7

# A的功率芯片已在B的电驱系统上实现量产装车; 在B、C的车型上批量搭载
supplies.on-customer:
    在 {c:FIRMS} 等? 的? ~4 (上|车上) ~2 (实现|完成|开始)? ~1 (装车|上车|批量装车|量产装车|搭载|批量搭载|装机|配套)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.7

# B的压缩机，长期依赖A供应; B依靠A提供电池: the customer relies on the supplier
supplies.relies-on:
    (依赖|依靠|仰仗|依托) 于? {s:FIRMS} 等? ~2 @adverbs* (供应|供货|提供|配套|进口|供给)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# A为B量身定制了一款密封条; A为B开发的模具已交付使用; A给B研制的电机; A为B量产的尾灯日前下线; A替B生产的冲锋衣面料
# (not a sample part: A正为B试制样件, @samples after the match)
supplies.made-for:
    (为|给|替|帮) {c:FIRMS} 等? @adverbs* 量身? (定制|研制|开发|研发|设计|打造|定做|生产|制造|加工|量产|试制|配套生产) (了|的)
    unless @negations
    unless @supplier-aims
    unless-after @samples
    unless-sentence @hearsay-words
    -> SUPPLIES FIRM c conf=0.7

# A去年对B的销售额达4.2亿元; A对B实现销售收入4.6亿元; A对B的供货量同比增长45%; A向B的出货量; A给B的供货量今年翻了一番
supplies.sales-to:
    (对|向|给) {c:FIRMS} 等? (的 | (实现|完成|取得) 了?) (销售额|销售收入|供货量|供货额|出货量|交付量|配套量|发货量)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# B把新车型的内饰件订单交给了A; B将电池订单交由A: the customer gives the order to the supplier
supplies.order-given-to:
    (把|将) ~6 (订单|大单|采购订单|配套业务|定点) @adverbs* (交给|交由|授予|发给|给了|给) 了? {s:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 为配套B，A在当地新建了一座工厂; 为了就近服务B，A…: the firm opening the next clause supplies B
supplies.to-serve-then:
    ^ (为|为了) 就近? (配套|服务|服务于|供应) {c:FIRMS} 等? ~3 (，|,) ~2 {s:ENT}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B的一级供应商A日前宣布扩产; B的座椅骨架供应商A，…; B供应商、本地企业A…; B的长期客户C: a supplier or a customer named in apposition
supplies.supplier-apposition:
    {c:ENT} 的? (/m|/n|/vn|/b|/a)? (/n|/vn)? @supplier-nouns (、 ~3)? {s:FIRMS}
    unless @negations
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

supplies.customer-apposition:
    {s:ENT} 的? (/m|/b|/a)? (客户|大客户|重要客户|主要客户|长期客户|老客户|核心客户|战略客户) {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B向A下达了首批5000台减速器订单; B给A下了一笔大单; B已向A授予新一代域控制器的定点: the customer places the order with
# the supplier (授予 with an order or a nomination; an award is supplier-honour's)
supplies.places-order:
    (向|给|已向|还向|也向) {s:FIRMS} ~2 @adverbs* (下达|下发|发出|下|追加|签发|授予|发放) 了? ~8 (订单|采购订单|批量订单|大单|采购单|定点|定点通知书|定点信|定点函)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 在B的智能电表集中招标中，A中标两个标包; 在B的招标中，A以综合评分第一中标; 在B的采购招标里，A、C等企业入围: the bidder wins the customer's tender
supplies.wins-tender:
    在 {c:ENT} ~6 (招标|集中招标|公开招标|采购招标|集采|集中采购|招标采购|竞标) (中|里|项目中|活动中) (，|,)? ~3 {s:FIRMS} 等? ~4 @adverbs* (中标|成功中标|入围|胜出|中选|夺标)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B今年发布的旗舰，屏幕来自A; B的新车，电池包(电池/n 包/v)出自A (the customer is the firm the sentence opens with)
# B专做座椅，所需(的)发泡材料主要来自A; 所用的面料买自A (所用 jieba tags /b; 所需 is a verb to it)
# (公司的面粉来自本县的A: the firm 公司 stands for; 包装纸的油墨来自园区内的A, …，B总经理张三说: what the goods are for;
# 包装膜则来自A: jieba tags 包装 a verb)
supplies.clause-part-from:
    ^ ((公司|我们|我们公司|本公司|该公司|其) 的)? ((/n|/j) 的)? (/a|/b|所需 的?|所用 的)? (/v|/vn)? {p:PRODUCT} /v? (，|,)? (约|近|超过|逾|将近)? @share-words? 以上? @adverbs* @from-verbs (PLACE* (本地|当地|本土)? 的)? {s:FIRMS}
    unless @negations
    unless @not-supplied
    unless-sentence @hearsay-words
    -> SUPPLIES s FIRM product=p conf=0.7

# B新建的储能电站，全部采用A的储能系统; B新款牵引车选用了A的减震橡胶件; B新款收割机搭载的是A的柴油机; 如今已改用A的产品: the customer uses the
# supplier's goods (not its know-how: @not-goods; not 装上: A的卡钳装上了B的车型 is fitted-on). A later clause that names a firm
# of its own before the verb is that firm's (B销量大增，C采用了A的产品: C's, not B's)
@not-goods = 技术|专利|方案|模式|经验|标准|理念|商标|品牌|管理|工艺|做法|思路|场地|厂房|土地|资金|渠道|名义|数据|技术路线|理念|设计|创意
supplies.uses-goods-of:
    {c:FIRMS} ~8 ((，|,) (!NAMED)? (!NAMED)? (!NAMED)? (!NAMED)?)? ((，|,) (!NAMED)? (!NAMED)? (!NAMED)? (!NAMED)?)? @adverbs* (采用|选用|使用|换装|换用|用上|搭载|配备|选配|改用|改为采用|全部采用|选中|只用|都用|一直用|只采用) (了 | 的 是)? {s:ENT} PLACE? 的 (/v|/vn|/b)? {p:PRODUCT}
    unless @negations
    unless @former
    unless @contrasts
    unless @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.7

# A的OLED面板，主要客户除B外，还包括C; A的客户名单里，除了B，还有C: both are its customers (not prospects)
supplies.customers-besides:
    ({s:ENT} (的|公司的))? ~2 (@customer-nouns (名单|名录|清单)? | 客户名单 | 客户名录) (中|里|当中|之中|上)? (，|,)? (除|除了) {c:FIRMS} (外|以外|之外)? (，|,)? (还|也)? (@customer-verbs|有|还有|也有) {d:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|TOPIC c conf=0.75
    -> SUPPLIES s|TOPIC d conf=0.75

# 在B的供应商体系中，A、C都已合作超过十年; 在B的供应链里，有A; 在B的供应链上，A提供包材: a supplier inside the customer's supply system
supplies.inside-supply-system:
    在 {c:ENT} 的? ~2 (供应商体系|供应链|配套体系|供应商名单|供应商名录|供应商队伍|供应体系|采购体系|供应链体系|配套圈) (中|里|内|上|当中|之中) (，|,)? (有|包括)? {s:FIRMS}
    unless @negations
    unless-after @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# A与B的合作始于2019年，目前为其全系车型独家供应安全气囊; A和B合作多年，一直给其配套座椅: 其 is the partner B
@latter-words = 后者|前者|对方
supplies.partner-for-it:
    {s:ENT} (与|和|同|跟) {c:ENT} ~8 (，|,) (!由)? (!由)? (!由)? (!由)? (为|给|向) 其 ~6 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless @latter-words
    unless @talks
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.8

# B每年需要大量铸件，A为其供应了其中的三成: 其 is the firm the text was about before A's clause
supplies.for-it-topic:
    ^ ~2 {s:ENT} @adverbs* (为|给|向) 其 ~6 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s TOPIC product=p conf=0.7

# B的电动大巴，电池用的是A的产品; B的机翼蒙皮，原材料是A生产的航空铝板: the customer's part, said to be the supplier's goods
@material-words = 原材料|原料|材料|用料|主材|芯片|电池|面料|钢材|零部件|配件
supplies.part-is-goods-of:
    {c:ENT} ~8 (，|,) ~3 (用 的 | 用的 | 使用 的 | 采用 的 | 选用 的 | 装 的 | @material-words) (就|都|也|则)? 是 {s:ENT} PLACE? (生产|制造|提供|供应|出品|研发)? 的
    unless @negations
    unless @former
    unless @contrasts
    unless @not-goods
    unless-after @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# 如今已替换为A的产品; 去年换成了A的电机; 目前已全部切换为A的产品: the customer (the clause's subject) now uses the supplier's goods
supplies.replaced-by:
    @adverbs* ((替换|更换|换|改|改换|切换) 了? (为|成) | 换成 | 换为 | 替换为 | 改为 | 更换为 | 改成 | 切换为 | 切换成) 了? {s:ENT} PLACE? 的 (/v|/vn|/b|/n)? {p:PRODUCT}?
    unless @negations
    unless @not-goods
    unless-after @not-goods
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ product=p conf=0.7

# “我们的回转支承基本都用A的”; 公司的电机全部用A的: the customer (我们, 公司) uses the supplier's goods
supplies.we-use:
    (我们|公司|我们公司|本公司|该公司) 的 (/v|/vn|/n|/j|/x)+ ~2 (基本|全部|主要|大多|大部分|一直|都|也)* 用 {s:ENT} PLACE? (生产|提供|供应)? 的 {p:PRODUCT}?
    unless @negations
    unless @not-goods
    unless-after @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES s TOPIC|SUBJ conf=0.7

# 公司所需的中间体大部分从A购入; 从A进货: who buys from A (the clause's subject)
supplies.bought-in:
    (从|向|自) PLACE? {s:FIRMS} ~2 @adverbs* (购入|购进|买入|进货|购得|采买|订购)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 苒青包装给B做了八年的包装盒; 为B加工了三万套座椅骨架: work done for the customer that ends in goods
@not-made = 工作|贡献|努力|准备|宣传|报告|演讲|介绍|调研|示范|表率|榜样|文章|铺垫|背书|担保|规划|培训|讲解|咨询|体检|直播|节目
supplies.made-for-customer:
    (为|给) {c:FIRMS} (做|生产|加工|代工|制造|制作|定做|配) 了? (/m|/t|/mq|/q)* 的? {p:PRODUCT}
    unless @negations
    unless @not-made
    unless @not-goods
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c product=p conf=0.7

# B今年新增了一家面料供应商——A; B引入了新的供应商：A; B今年新增了两家电机供应商，A位列其中
supplies.new-supplier-named:
    {c:ENT} ~4 (新增|增加|引入|引进|选定|确定|找到|新添|增添) 了? (一家|一个|新的|两家|几家|/m)? ~2 @supplier-nouns ((——|—|：|:) {s:FIRMS} | (，|,) {s:FIRMS} @adverbs* (位列其中|名列其中|在列|在其中|便是其中之一|就是其中之一|是其中之一|即是其中之一|为其中之一))
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# 由A专门为其定制; 由苒青包装为其新工厂供应包装材料: the firm after 由 supplies the subject (其 is the subject)
supplies.by-for-it:
    由 {s:ENT} @adverbs* 专门? (为|给|向) 其 ~6 @adverbs* (@supply-verbs | 定制 | 研制 | 开发 | 量身定制 | 定做)+
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.85

# 作为B在新疆的独家经销商，A…; A是B的经销商; A成为B在华东的总代理: the distributor buys from the maker (@dealer-nouns)
supplies.dealer-of:
    (^ 作为 {s:ENT} (在 PLACE)? 的? ~2 @dealer-nouns (之一)? (，|,) ~2 {c:ENT} | {c:FIRMS} ~2 (是|为|成为|系) 了? {s:ENT} (在 PLACE)? 的? ~2 @dealer-nouns)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B2027年度线束采购项目中标结果公示：中标人为A; B…采购项目已完成评审，成交供应商为A; B…采购项目评审结束，A被确定为成交
# 供应商: the buyer opens the notice (a purchase project does not swallow the firm before it: ProjectMentionRule), the
# winner is named after the role word (not 中标候选人: a candidate has not won)
@award-roles = 中标人|中标单位|中标供应商|中标方|中标企业|成交供应商|成交人|成交单位|成交方|中选单位|中选供应商|中选人
supplies.purchase-awarded:
    {c:ENT} 的? PROJECT ~8 ((，|,|：|:) ~4)? (@award-roles (为|是|：|:|确定为|系)? {s:FIRMS} | {s:ENT} @adverbs* (被确定为|确定为|成为|为) @award-roles)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# A与C均向B供货; A、C都为B配套座椅: every firm of the list that opens the clause supplies B (for-customer takes the first only)
supplies.list-for-customer:
    ^ ~2 {s:FIRMS} @adverbs* (均|都|也都|同时|分别|一起|共同)? (为|向|给) {c:FIRMS} (等|在内)? ~8 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless @supplier-aims
    unless @finance-goods
    unless @former
    unless @samples
    unless @carriage
    unless-sentence @hearsay-words
    unless-after @finance-goods
    unless-after @samples
    unless-after @carriage
    unless @matters
    unless-after @matters
    -> SUPPLIES s c product=p conf=0.8

# A已连续五年获评B“优秀供应商”; A荣获B颁发的“金牌供应商”称号: an honour the customer gives its supplier (not 获评B市“优秀企业”:
# the honour names a supplier)
supplies.rated-by:
    @awards 了? {c:ENT} (颁发|授予|评选)? 的? “ ~3 @supplier-nouns ~1 ”
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.8

# A中标B2026年度动力电池集中采购项目: a tender of the customer's purchase named as a project
supplies.wins-purchase-project:
    (中标|中选|入围|成功中标) 了? {c:ENT} ~3 {x:PROJECT}
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.7

# A为B建造的首艘汽车运输船昨日交付; A给B建造了两艘渡轮: a ship or a train built for its owner (not a building: 为B建造的
# 厂房 is construction, @vessel-words must follow)
@vessel-words = 船|船舶|艘|首艘|轮船|散货船|集装箱船|油轮|运输船|汽车运输船|滚装船|客滚船|渡轮|邮轮|化学品船|多用途船|工程船|拖轮|游艇|科考船|挖泥船|LNG船|气体运输船|钻井平台|海工平台|列车|机车|动车组|地铁列车
supplies.built-for-owner:
    (为|给) {c:FIRMS} @adverbs* (建造|承建|打造|设计建造|制造) (了|的) ~6 @vessel-words
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A承接的B2艘集装箱船今年开工; A承接了B的10台机车订单; 揽下B的3艘订单: the builder takes the owner's order (not
# 承接了B的工程: a count word or an order word must follow)
supplies.takes-order:
    (承接|承揽|揽下|接下|接获) (了|的)? {c:FIRMS} 的? (/m|/mq|/q)* (艘|台|套|列|架|批|@supply-nouns)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# B委托A代工生产扫地机器人; B委托A加工外壳: the customer has the supplier make its goods
supplies.commissions:
    委托 {s:FIRMS} @adverbs* (代工|加工|生产|制造|代工生产|贴牌生产|代加工|研制|定制|组装)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 对于B来说，A是不可替代的芯片供应商; 对B而言，A是最重要的供应商
supplies.for-customer-is-supplier:
    (对于|对) {c:ENT} (来说|而言) (，|,)? {s:ENT} @adverbs* (是|为|就是|便是|一直是) ~4 @supplier-nouns
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B的冲压模具，八成以上是A做的; B的包装盒都是A生产的: the customer's goods made by the supplier
# B的刹车片，几乎都是A供的; B的包装箱，基本上全是A做的; B下线的每一台洗衣机，电机都是A造的 (the part named after the comma)
supplies.part-made-by:
    {c:ENT} ~6 的 ~4 (，|,) {p:PRODUCT}? (约|近|超过|逾)? @share-words? 以上? @adverbs* (几乎|基本上|基本)? (都|全|也|大多|基本)? 是 {s:ENT} PLACE? (做|生产|造|制造|加工|供应|提供|供|出品|印制) 的
    unless @negations
    unless @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# B新平台的座椅订单，最终花落A; B今年的模具订单，A拿走了一半; B所用船板，A占了大头: the customer's order (or what
# it uses) goes to the supplier; B的液压件采购额中，约四成流向了A
supplies.order-goes-to:
    {c:ENT} ~8 (订单|大单|定点|采购订单|采购额|采购量|所用 ~3|所需 ~3|需求|需求量|配套份额|供货份额|采购份额) (中|里)? (，|,) ((最终|最后|最终由|均|都|全部|约|近|超过)? @share-words? @adverbs* (花落|落入|归属|归|流向|流入|给了) 了? {s:ENT} | {s:ENT} @adverbs* (拿走|拿下|揽下|包揽|吃下|占|占据|分走|抢下) 了? (@share-words|大头|多数|半壁江山|/m))
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# 琸岳新材的碳纤维板，被B用在了新一代叶片上; A的芯片被B、C采用: the goods of the clause's subject, used by the customer
supplies.used-by:
    被 {c:FIRMS} 等? @adverbs* (用在|用于|应用于|应用在|装在|装到|装进|搭载在|搭载于|采用|选用|用到|批量采用|大量采用|装配在|装配到|使用) 了?
    unless @negations
    unless @not-goods
    unless-after @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.7

# A向B颁发了“战略客户奖”; A为B、C授予“年度最佳客户”称号: a supplier honours its customer (not
# supplier-honour's direction: the award names a customer; not a partner: 为B颁发“优秀合作伙伴”称号 says no direction)
@honoured-customers = 客户|大客户|战略客户|核心客户|重要客户|优质客户|忠实客户|最佳客户|优秀客户
supplies.customer-honour:
    (为|向|给) {c:FIRMS} 等? ~2 @award-verbs 了? ~2 “ ~4 @honoured-customers ~2 (奖|奖项|奖牌|奖杯|称号|荣誉|证书|牌匾)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.8

# B首次进入公司前五大客户名单; B跻身其十大客户之列: a customer of the firm the text is about
supplies.enters-customer-list:
    {c:FIRMS} ~2 @adverbs* (进入|跻身|位列|入选|挤进|成为|晋升为|升至) 了? (公司|其|该公司|我们) 的? ~2 (前五大|前十大|前三大|前五名|五大|十大|三大|主要|第一大|第二大|最大)? (客户名单|客户榜单|客户|客户之列)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC c conf=0.75

# A一直是B最主要的面料来源; A成为B的原料来源之一: the supplier is where the customer's goods come from (not money,
# orders or people: B是A的主要收入来源, 资金来源, 人才来源 say who pays or who comes; not a past or hoped-for one)
@source-nouns = 来源|供货来源|货源|供应来源|原料来源|采购来源|原材料来源
supplies.is-source:
    (是|为|成为|系|一直是) 了? {c:FIRMS} ~4 @source-nouns
    unless @negations
    unless @former
    unless @supplier-aims
    unless @not-supplied
    unless @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# Round of fresh-2026-12-23 (rows in phrasings/supplies.tsv).
# A已成功导入B; A的功率芯片导入B的变频空调产品线: the supplier's goods brought into the customer's production (the
# clause ends with the customer, or with a line, model or platform of it; not 导入B的管理模式: what A learns from B)
@import-targets = 产品线|生产线|产线|供应链|供应体系|配套体系|车型|平台|机型|项目|量产车型|新车型|整车
supplies.imported-into:
    @adverbs* (导入|导入了|顺利导入|批量导入) {c:FIRMS} (的 ~4 @import-targets)? $
    unless @negations
    unless @supplier-aims
    unless @samples
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A被B纳入合格供方名录; A被B列入核心供应商名单; A被B吸纳进供应体系: the customer lists the clause's subject among its suppliers
supplies.listed-by-customer:
    被 {c:FIRMS} @adverbs* (纳入|列入|选入|吸纳进|吸收进|增补进|纳入了|列入了) 其? ~4 (@supplier-nouns (名录|名单|库|体系)? | 供方名录 | 供应商名录 | 供应商名单 | 供应商库 | 采购名录 | 供应链 | 供应体系 | 配套体系)
    unless @negations
    unless @supplier-aims
    unless @blacklists
    unless-after @blacklists
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A的坯布，大部分被B买走; A今年的产量被B全数订走; 这批货被B包销: what the clause's subject makes, bought by the customer
# (not 被B收购: a firm taken over, subsidiary.pat's; not an aim)
supplies.bought-by:
    被 {c:FIRMS} 等? @adverbs* (买走|买下|购走|订走|拿走|包销|订购|采购|抢购一空|采购一空|全数买下|全部买下) 了?
    unless @negations
    unless @supplier-aims
    unless @samples
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A的下游有B、C等用钢大户; A的下游客户主要是B: the firm's customers; B的上游供应商有A、C; B的上游主要是A: its suppliers
# (the firm is named before 的: not 产业链下游有B, a cluster's chain)
supplies.downstream-are:
    {s:ENT} 的 下游 (客户|企业|厂商|用户|买家)? (，|,)? (主要|则|还)? (有|包括|是|为|涵盖|就是) {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75
supplies.upstream-are:
    {c:ENT} 的 上游 (供应商|企业|厂商|供货商)? (，|,)? (主要|则|还)? (有|包括|是|为|涵盖|就是) {s:FIRMS}
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B、C都在A的客户之列; B位列A的十大客户之列: the customers ranked among the supplier's; A、C均在B的供应商之列
supplies.among-customer-ranks:
    {c:FIRMS} 等? (都|均|也|同样|早已|已)? (在|位列|位于|跻身|名列|列入) {s:ENT} 的 ~2 @customer-nouns (之列|名单之中|名单中|名单里|名单上)
    unless @negations
    unless @prospects
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75
supplies.among-supplier-ranks:
    {s:FIRMS} 等? (都|均|也|同样|早已|已)? (在|位列|位于|跻身|名列|列入) {c:ENT} 的 ~3 @supplier-nouns (之列|名单之中)
    unless @negations
    unless @supplier-aims
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75
# A来自B的收入占营业收入的32%; 报告期内，公司来自B的销售收入占比41%; A来自B、C的收入合计占比超过六成: who A's revenue comes
# from is its customer (not 来自政府补贴的收入: no firm)
supplies.revenue-from:
    来自 {c:FIRMS} 等? (客户)? 的 (销售|营业|主营业务)? (收入|营收|营业收入|销售收入|销售额|主营业务收入|业务收入)
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ c conf=0.75

# A前五大客户为B、C等; A的前五大客户分别是B、C; 公司前五名客户依次为B、C: a listed firm's largest customers (the firm right
# before the rank, else the clause's subject)
supplies.top-customers:
    ({s:ENT} (的|公司的)?)? (前五大|前十大|前三大|前五名|前十名|前三名|前 /m 大|前 /m 名|前 /m) (客户|大客户) ~2 (为|是|包括|分别为|分别是|依次为|依次是|有|主要为|主要是) {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# A的AGV已在B的总装车间投入使用; A的焊接机器人已在B、C的焊装车间投入运行: the supplier's goods at work in the customer's plant
# (not its staff, its know-how or a plan: @not-supplied, @not-goods, @supplier-aims)
supplies.in-use-at:
    {s:ENT} 的 (/n|/eng|/nz|/vn|/v|/x|/j)+ @adverbs* 在 {c:FIRMS} 等? 的 ~4 (投入使用|投入运行|投用|正式投用|投入运营|上线运行|稳定运行|批量应用|上岗)
    unless @negations
    unless @not-goods
    unless @not-supplied
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# 这批钢板是A专门为B轧制的; 这种高强钢是A为B研制的 (是 may be glued to the word before: 钢是); 这批模具由A专门给B定制: goods the
# supplier made for the customer
@made-verbs = 定制|研制|开发|研发|生产|制造|加工|轧制|锻造|铸造|打造|设计|量产|冶炼|定做|印制|冲压|试制|量身定制|配套生产|锻制|注塑|织造|组装
supplies.is-made-for:
    ((是|系|均是|都是|也是|正是|就是)? {s:ENT} @adverbs* 专门? (为|给|替|帮) {c:FIRMS} @adverbs* 专门? 量身? @made-verbs 的 | 由 {s:ENT} @adverbs* 专门? (为|给|替|帮) {c:FIRMS} @adverbs* 专门? 量身? @made-verbs)
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B新车的电池包的提供方为A (jieba: 提供/v 方为/x); B新工厂的座椅供应商是A: who provides the customer's goods (not one that was, one hoped for or a
# candidate: @former, @before-now, @prospects, @candidates, @supplier-aims)
@provider-nouns = 提供方|供应方|供货方|供应商|供货商|配套商|配套方|制造方|生产方|承制方
@candidates = 候选|备选|候选人|拟
supplies.provider-is:
    {c:ENT} ~6 的 ~3 (@provider-nouns (为|是|系|均为|都是) | (提供|供应|供货|配套) 方为) {s:FIRMS}
    unless @negations
    unless @former
    unless @before-now
    unless @prospects
    unless @candidates
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# A与C互为竞争对手，却都从D采购电机; A和C是对手，但都向D采购: the list that opens the sentence, then 都 in the next clause:
# each firm of the list buys from D (buys-from gives only the clause's subject, the first)
supplies.list-buys-from:
    ^ {s:FIRMS} ~8 (，|,) ~2 (都|均|也都|却都|同样|同时|一样|也) @adverbs* (从|向|自) (PLACE* (本地|当地|本土)? 的)? {d:FIRMS} ~2 @adverbs* @buy-verbs
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES d s conf=0.8

# Round of fresh-2026-12-30 (rows in phrasings/supplies.tsv).
# 远迅物流负责把A的卷板运往B; 把A生产的座椅运到B的总装厂: A's goods carried to B (the carrier is no supplier: give-to does
# not read it, @carry-frames)
@carry-verbs = 运往|运到|运送到|运抵|运至|送到|送往|送至|发往|运送至|转运至|转运到
supplies.goods-carried-to:
    (把|将) {s:ENT} (生产|供应|制造|提供)? 的 (/n|/vn|/nz|/j|/x|/eng)+ @adverbs* @carry-verbs {c:FIRMS}
    unless @negations
    unless @samples
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# 在B的车架纵梁采购中，A一直是二供; 在B的电池采购里，A是主供; 在B的座椅供应体系中，A始终是第一供应商: the supplier's place in
# the customer's purchase (not a past or hoped-for place)
supplies.in-purchase-is:
    在 {c:ENT} 的? ~6 (采购|集中采购|采购体系|供应体系|配套体系|供应链|供应商体系) (中|里|当中|之中|上) (，|,)? {s:FIRMS} @adverbs* (一直|始终|长期|仍|仍然|都|均|目前)? (是|为|作为|担任|系) ~3 @supplier-nouns
    unless @negations
    unless @former
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.8

# B把今年三艘船的电缆都包给了A; B将外壳注塑外包给A; B把包装印刷发包给A: the customer contracts the goods or the work out to A
supplies.contracted-out-to:
    (把|将) ~8 @adverbs* (包给|外包给|发包给|分包给|承包给|转包给) 了? {s:FIRMS}
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# B对A的采购额同比增长三成; 公司对A的采购金额占比18%: what the customer buys from A (sales-to is the supplier's side)
supplies.purchases-from:
    (对|向) {s:FIRMS} 等? 的 (采购额|采购金额|采购量|采购总额|采购规模|进货额|进货量)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# 在A的客户中，分量最重的是B; A的客户里，采购额最大的是B: the customer ranked first among A's (not a prospect)
supplies.customer-ranked:
    (在|从)? ({s:ENT} (的|公司的))? ~3 @customer-nouns (名单|名录|清单)? (中|里|当中|之中|上) (，|,)? ~5 的 (是|为|当属|要数|就是|首推) {c:FIRMS}
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# A的营收有一半靠B; 公司的订单主要依靠B; A的收入约七成依赖B: who A's revenue rests on is its customer
supplies.revenue-rests-on:
    ({s:ENT} 的?)? ~3 (营收|收入|营业收入|销售收入|销售额|订单|业绩|销量) (，|,)? 有? (约|近|超过|逾)? @share-words? @adverbs* (靠|依靠|依赖|仰仗|倚重|指望) {c:FIRMS}
    unless @negations
    unless @prospects
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# B已将A列为核心供应商; B把A、C定为一级供应商: the customer ranks the firm among its suppliers (not a blacklist)
supplies.ranks-as-supplier:
    (将|把) {s:FIRMS} 等? (列为|列入|定为|确定为|选定为|指定为|认定为|评为|纳入) 其? ~6 @supplier-nouns
    unless @negations
    unless @supplier-aims
    unless-after @blacklists
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.8

# Supplier-first chains (each firm supplies the next one): 从A的铝锭，到B的电机壳体，再到C的电驱总成; 从A的阴极铜，到PLACE的B的铜杆，
# 再到PLACE的C的锂电铜箔; 从A的焦炉煤气，到我们的甲醇，再到园区内C的聚丙烯 (我们, 公司: the firm the text is about). Not a tour
# of sites (从A的研发中心，到B的生产车间，再到C的展厅: @chain-sites after a firm's 的).
@chain-here = 园区内|区内|园内|本地的|当地的|隔壁的|相邻的|同在园区的|同在开发区的
@chain-sites = 车间|生产车间|展厅|展示厅|研发中心|实验室|工地|厂区|办公楼|门店|总部|厂房|食堂|会议室|生产线|产线|工厂|基地|项目|工程
supplies.chain-from-to:
    从 @chain-here? ({a:FIRMS} | 我们 | 公司) 的 !@chain-sites ~3 (，|,)? 到 @chain-here? ({b:FIRMS} | 我们 | 公司) 的 !@chain-sites ~3 (，|,)? 再到 @chain-here? {c:FIRMS} 的 !@chain-sites
    unless @negations
    unless @supplier-aims
    -> SUPPLIES a|TOPIC b|TOPIC conf=0.8
    -> SUPPLIES b|TOPIC c conf=0.8

# A chain of firms written with dashes, named a chain: “A—B—C”的上下游链条已经打通; A—B—C—D产业链 (each firm supplies the next).
# Not two firms paired (“A—B”双品牌, A—B合资公司: no chain word after), not a chain of products (“棉短绒—棉浆粕—纱线”的链条: no firms).
@chain-dashes = —|——|-|－|→|->
@chain-words = 链条|产业链|链|供应链|配套链|产业链条|上下游链条|链路
supplies.dash-chain:
    “? {a:ENT} @chain-dashes+ {b:ENT} @chain-dashes+ {c:ENT} (@chain-dashes+ {d:ENT})? ”? 的? (上下游|完整|本地|全产业)? @chain-words
    unless @negations
    unless @supplier-aims
    -> SUPPLIES a b conf=0.8
    -> SUPPLIES b c conf=0.8
    -> SUPPLIES c d conf=0.8

# A chain told clause by clause, each firm working what the one before made: PLACE的A提供石墨原矿，PLACE的B加工成球形石墨，再由C制成
# 负极材料 (A supplies B, B supplies C); A生产电子级硅烷，B加工成多晶硅. Not services (A提供技术支持，B加工成…: @finance-goods, the goods a noun).
@work-into = 加工成|制成|做成|切成|拉成|轧成|压延成|深加工成|再加工成|炼成|纺成|织成|拉制成|熔制成|冶炼成|提纯成|合成|切割成|压制成|铸造成
supplies.made-into-next:
    {a:FIRMS} @adverbs* (提供|供应|开采|生产|产出|冶炼出|供给|输送) {p:PRODUCT (/q PRODUCT)?} (，|,) @chain-here? {b:FIRMS} @adverbs* @work-into
    unless @negations
    unless @supplier-aims
    unless @finance-goods
    unless @samples
    -> SUPPLIES a b product=p conf=0.8
supplies.then-made-by:
    {b:FIRMS} @adverbs* @work-into {p:PRODUCT} (，|,) 再 (由|交由|交给|卖给|供给|送往|运往|送到|运到|供应给) @chain-here? {c:FIRMS} @adverbs* (@work-into|装配|组装|装进|装入|用于)?
    unless @negations
    unless @supplier-aims
    -> SUPPLIES b c product=p conf=0.8

# A works the goods of another: B把A的硅棒切成硅片; B用A的X加工成Y is supplies.uses-goods-of's (the firm that works them buys them).
supplies.works-goods-of:
    把 @chain-here? {s:FIRMS} 的 {p:PRODUCT /zg?} @adverbs* @work-into
    unless @negations
    unless @supplier-aims
    unless @not-supplied
    -> SUPPLIES s SUBJ product=p conf=0.8

# Round of fresh-2027-01-06 (session 17; rows in phrasings/supplies.tsv).
# 在B的每一款车型上，都能看到A的身影; 在B的供应商名单中，可以看到A的身影: A's goods (or A itself) seen in what B makes or
# lists (not at B's stand, fair or ceremony: @scenes; not B's prospects, blacklist or rivals)
@scenes = 展台|展会|展区|展馆|展位|博览会|会场|现场|论坛|活动|仪式|签约仪式|发布会|年会|招聘会|会议|峰会|大会|比赛|赛场|晚会|庆典
@sighted = 看到|看见|见到|找到|发现|出现|有|闪现|活跃着|可见|随处可见|处处可见
supplies.seen-in:
    在 {c:FIRMS} (的|公司的) ~6 (上|中|里|当中|之中|内) (，|,)? ~3 @sighted 了? {s:FIRMS} 等? (企业|公司)? 的 身影
    unless @negations
    unless @scenes
    unless @prospects
    unless @former
    unless-after @blacklists
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# A承担了B面粉的保供任务; A全力保障B的电缆供应; A负责B春节期间的原料保供: A keeps B supplied (not when B is asked to,
# or hopes: @supplier-aims; not money, staff or power a body secures: the supplier is the clause's firm)
@keep-supplied-verbs = 保障|保证|确保|保|保障好|做好
supplies.keeps-supplied:
    (承担|负责|肩负|担负|承接|完成) 了? {c:FIRMS} ~5 的? (保供|保障供应|供应保障|保供应) (任务|工作|重任)?
    unless @negations
    unless @supplier-aims
    unless @not-flowing
    unless-sentence @hearsay-words
    -> SUPPLIES FIRM c conf=0.75
supplies.keeps-supplied-goods:
    (全力|全面|全力以赴|优先|持续|稳定)? @keep-supplied-verbs 了? {c:FIRMS} 的 ~3 (供应|供货|保供|稳定供应|原料供应|物资供应)
    unless @negations
    unless @supplier-aims
    unless @not-flowing
    unless-sentence @hearsay-words
    -> SUPPLIES FIRM c conf=0.75

# A供应了B一半的电池; A拿下了B半壁江山的电池订单; A占据了B电池采购的半壁江山 (B's half, taken by A; not a stake:
# A占了B一半的股份, @not-half-goods)
@not-half-goods = 股份|股权|股本|营收|收入|利润|员工|人才|席位|投票权
@half-words = 一半|半壁江山|近一半|过半|大半|多半|近半|逾半
supplies.half-of-customer:
    (供应|提供|供给|供|包揽|拿下|占据|占) 了? {c:FIRMS} ~3 (@half-words 的 {p:PRODUCT}? | 的 半壁江山)
    unless @negations
    unless @supplier-aims
    unless @former
    unless @not-half-goods
    unless-sentence @hearsay-words
    -> SUPPLIES FIRM c product=p conf=0.75
# B的订单，撑起了A的半壁江山; B的采购额撑起了A营收的半壁江山: B's orders are half of A's business (not a unit's revenue:
# 电池业务撑起了A的半壁江山 says no customer)
supplies.customer-half-of:
    {c:ENT} 的 (订单|采购|采购额|采购量|需求|业务) (，|,)? (撑起|占据|占|支撑|贡献) 了? {s:ENT} (营收|收入|销售|销售额|订单|业绩|产销)? 的 半壁江山
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# 翻开A的大客户名单，B、C赫然在列; 在B公布的核心供应商名单中，A赫然在列: a firm found in a customer or supplier list
# (not a prospect list or blacklist)
@in-list-words = 赫然在列|赫然在目|赫然其中|位列其中|名列其中|均在列|都在列|也在列|在列|均在其中|都在其中|榜上有名|名列前茅
supplies.customer-list-lists:
    ({s:ENT} (的|公司的))? ~3 (@customer-nouns (名单|名录|清单|榜单|列表) | 客户名单 | 客户名录 | 客户清单) (中|里|上|当中)? (，|,) ~2 {c:FIRMS} 等? @in-list-words
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75
supplies.supplier-list-lists:
    {c:ENT} (的|公司的|公布的|发布的)? ~4 @supplier-nouns (名单|名录|清单|榜单|列表) (中|里|上|当中)? (，|,) ~2 {s:FIRMS} 等? @in-list-words
    unless @negations
    unless @prospects
    unless-after @blacklists
    unless @blacklists
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B的车型搭载的，都是A的电芯; B的储能电站采用的，全部是A的电池: what the customer fits is the supplier's goods, the comma
# between (without it: uses-goods-of, B配备的是A的…; not 一度/曾 used, nor know-how)
supplies.fitted-are-of:
    {c:FIRMS} ~6 (搭载|采用|使用|选用|用|配备|装配|配套|安装) 的 (，|,) (都|均|全|全部|也|大多|基本)? 是 {s:ENT} (的|生产的|制造的|提供的) (/v|/vn|/b)? {p:PRODUCT}?
    unless @negations
    unless @former
    unless @before-now
    unless @contrasts
    unless @not-goods
    unless-sentence @hearsay-words
    -> SUPPLIES s c product=p conf=0.75

# A承接了B全部的纸箱业务; A接下了B的代工订单; A承揽了B一半的加工业务: work the customer hands out, taken by A (not a region
# taking over B's industry: the taker is the clause's firm)
@taken-work = 业务|订单|加工业务|代工业务|生产任务|加工任务|代工订单|配套业务|供应业务|供货业务
supplies.takes-work:
    (承接|承揽|包揽|接下|接过|揽下) 了? {c:FIRMS} (全部|所有|大部分|部分|一半|近半|多数)? 的? ~3 @taken-work
    unless @negations
    unless @supplier-aims
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES FIRM c conf=0.75

# B的瓶盖供应商换成了A; B的电池供应商由C变为A: the supplier B switched to (not the one before; not a plan, @supplier-aims)
supplies.supplier-changed-to:
    {c:ENT} 的 ~3 @supplier-nouns (由 ~4)? @adverbs* (换成|换为|变成|变为|改为|更换 为|调整 为|换成了) 了? {s:FIRMS}
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B是A排名第二的客户; B是A位列第一的大客户: a rank before the customer word
supplies.is-ranked-customer:
    {c:FIRMS} (都|均|也|一直|始终)? (是|为|系) {s:ENT} (排名|位列|排|名列) (第一|第二|第三|第四|第五|前三|前五|前十|靠前) (位)? 的 @customer-nouns
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B今年的电池采购中，A占比超过60%; 在B的组件集采中，A拿下了最大的一个标段; B的轮胎招标中，A中标份额第一: A's part of B's purchase
@purchase-words = 采购|集采|集中采购|招标|采购量|采购额|采购项目|招标项目
supplies.share-of-purchase:
    在? {c:ENT} (的)? ~5 @purchase-words (中|里|当中|之中) (，|,)? {s:FIRMS} ~2 (占比|占|占到|占据|份额|拿下|获得|斩获|中标|赢得) 了? (约|近|超过|逾|达)? ({x:PERCENT} | @share-words | ~3 (标段|标包|份额|订单))
    unless @negations
    unless @former
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c share=x conf=0.75

# A的产品远销海外，国内客户则以B为主; A的客户主要以B、C等车企为主: the customers the supplier's sales rest on
supplies.customers-mainly:
    ({s:ENT} (的|公司的))? ~4 @customer-nouns (则|主要|大多|多|也)? 以 {c:FIRMS} 等? ~3 为主
    unless @negations
    unless @prospects
    unless-sentence @hearsay-words
    -> SUPPLIES s|SUBJ c conf=0.75

# Round of fresh-2027-01-13 (rows in phrasings/supplies.tsv).
# A与B已有十余年的合作，是后者压缩机的第一大供应商; A与B签约，成为对方的核心供应商: 后者/对方 is the partner named with A
# (not 成为后者的客户, a customer word; not an aim: 希望成为后者的供应商)
supplies.latter-is-supplier:
    {s:ENT} (与|和|同) {c:ENT} ~8 (，|,) ~3 (是|为|成为|系|已成为|也是) (后者|对方) ~6 @supplier-nouns
    unless @negations
    unless @supplier-aims
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B新平台的轮毂轴承订单，最终花落A; B的座椅定点花落A: the customer's order went to A (not an aim or a rumour)
supplies.order-lands-with:
    {c:ENT} ~8 (订单|定点|大单|项目定点|配套权|标的|合同) (，|,)? ~2 (花落|落到|落入|花落于|落在|最终花落) 了? {s:FIRMS}
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B锁定了A未来三年的钢板产能; A明年的大部分产能，都已被B预订; A的产能被B包下: capacity a customer books is a supply
# (not a plan: B计划锁定A的产能)
@capacity-verbs = 锁定|包下|预订|预定|订满|买断|包圆|提前锁定|提前预订
supplies.books-capacity:
    {c:ENT} @adverbs* @capacity-verbs 了? {s:ENT} ~6 产能
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75
supplies.capacity-booked-by:
    {s:ENT} ~6 产能 (，|,)? (都|均|全部|已|已经|大多)* 被 {c:ENT} @adverbs* @capacity-verbs
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B拖欠A的货款已超过两亿元; B向A支付采购款12亿元; A应收B的账款达3.2亿元; A向B催收货款: money owed or paid for goods
# runs the other way from them (not a loan, rent or a fine: only goods' payment words)
@goods-payments = 货款|采购款|材料款|设备款|应付账款|账款|采购货款|供货款
# the customer owes or pays (拖欠A的货款, 向A支付采购款); the supplier claims (应收B的账款, 向B催收货款; not a lawsuit: 起诉B拖欠货款
# is a dispute, phrasings/supplies.tsv)
@debtor-verbs = 拖欠|欠|结清|付清|支付|偿还|结算|清偿|欠付
@creditor-verbs = 应收|应收取|追讨|催收|追回|讨要
supplies.owes-for-goods:
    {c:ENT} @adverbs* (@debtor-verbs 了? {s:ENT} | 向 {s:ENT} ~2 @debtor-verbs 了?) 的? ~3 @goods-payments
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7
supplies.owed-by-customer:
    {s:ENT} @adverbs* (@creditor-verbs {c:ENT} (拖欠|欠付)? | 向 {c:ENT} @creditor-verbs) 的? ~2 @goods-payments
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# B所用的胶黏剂，则是PLACE的A专门调配的; 原丝则是PLACE的A按月送来的; 这批模具都是本地的A做的: a clause of the subject's goods
# whose maker or sender is A (the customer is the sentence's topic; not a plan: @supplier-aims; not a service or a design:
# 营销方案都是A做的, 设计都是A做的: @not-goods, @not-solutions)
@made-or-sent = 送来|发来|运来|调配|配制|生产|制造|造|做|加工|供应|提供|配送|供|出品|轧制|铸造|锻造|织造
supplies.goods-are-made-by:
    ^ {p:PRODUCT}? (则|都|也|就|全|全都|基本|大多)* (是|则是|都是|全是|也是|就是|均是|正是|全都是) (PLACE* (本地|当地|本土)? 的)? {s:FIRMS} ~3 @made-or-sent 的 $
    unless @negations
    unless-sentence @not-goods
    unless @not-solutions
    unless @supplier-aims
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s TOPIC|SUBJ product=p conf=0.7

# B仓库里的压缩机，全是A上个月发来的货; B的冷库里，堆满了A刚送来的纸箱: goods the firm of the clause before received from A
# (not samples: 都是A寄来的样品)
supplies.goods-sent-by:
    ^ {c:ENT} ~8 (，|,) (全是|都是|全部是|均为|堆满了|摆满了|是)? {s:ENT} ~3 (送来|发来|运来|拉来|寄来|交来) 的
    unless @negations
    unless @samples
    unless-after @samples
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# B的铝边框采购，A拿到了最大的一份; B的订单，A拿下了大头: the largest part of B's purchase
@largest-part = 最大的一份|大头|最大份额|最大的份额|最多的份额|最大一块|最大的一块|头筹
supplies.takes-largest-part:
    {c:ENT} 的 ~4 (采购|订单|集采|招标|采购量|采购额) (，|,) {s:FIRMS} (拿到|拿下|获得|占据|分得|斩获|夺得|占) 了? @largest-part
    unless @negations
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# 黛崧药业贡献了芩岭生物去年近四成的营收: the customer makes the supplier's revenue
supplies.customer-makes-revenue:
    {c:ENT} (贡献 了? {s:ENT} | (为|给) {s:ENT} 贡献 了?) ~4 (营收|收入|销售额|销售收入|营业收入)
    unless @negations
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.7

# B的浓缩果汁，购于陕西的A; B的面料，大多采购自浙江的A: the customer opens the sentence, its goods bought from a firm
# with its place (the subject pass would take the firm after its place for the clause's own)
supplies.topic-bought-from:
    ^ {c:ENT} 的 ~4 (，|,) @adverbs* (购于|购自|采购自|采自|购买自|进口自|订购自) PLACE+ (本地|当地|本土)? 的 {s:FIRMS}
    unless @negations
    unless @former
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B去年在A订了80万米牛仔布; B的缸体铸件，一直是在A定做的: bought at the supplier (the verb right after the firm: not
# 在A工作期间采购, 在A的带动下采购)
supplies.buys-at:
    (在|是在|都是在|一直在) {s:FIRMS} @adverbs* @buy-verbs
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s SUBJ conf=0.75

# B的外壳，是同在园区的A压铸的; B用的隔膜，八成以上是A供的; B的包装箱，都是本地的A印制的: the customer's part opens the
# sentence, the next clause says whose work it is (是A…的). Only the verbs of making or supplying below, and the clause must
# end after 的 (not 是A研发的一项新工艺，…); not a firm's own unit (B的外壳是B自己压铸的: one entity, no edge)
@made-by-verbs = 供|供应|供货|提供|配套|生产|制造|加工|代工|压铸|铸造|锻造|冲压|注塑|织造|纺织|印制|印刷|焊接|喷涂|电镀|组装|装配|烧制|烘焙|种植|提供的|做|做的|造|生产供应|独家供应|独家提供|定制|订制|研制
supplies.part-is-made-by:
    ^ {c:FIRMS} (的|所用的|用的|所需的|所用|需要的) ~4 (，|,) ((约|近|超过|逾|将近)? @share-words 以上? ~1)? (都|全|全部|均|大多|主要|基本|基本上)? (是|系) (PLACE* (本地|当地|本土)? 的)? {s:FIRMS} @adverbs* @made-by-verbs 的 $
    unless @negations
    unless @former
    unless @before-now
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# B所需的六氟磷酸锂，是从淄博的A购进的; B的面料，都是从本地的A采购的: the customer's part opens the sentence, the next
# clause says where it was bought (the subject pass takes the firm after its place for that clause's own)
supplies.part-bought-from:
    ^ {c:FIRMS} (的|所用的|用的|所需的|需要的) ~4 (，|,) ((约|近|超过|逾|将近)? @share-words 以上?)? (都|全|全部|均|大多|主要)? (是从|从|是向|向|都是从) (PLACE* (本地|当地|本土)? 的)? {s:FIRMS} @adverbs* @buy-verbs 的? $
    unless @negations
    unless @former
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES s c conf=0.75

# A获得“质量贡献奖”，B所用的结构钢有六成由其供应; A入选名单，C的座椅全部由其配套: 其 is the firm of the clause before
# (TOPIC), the customer the firm that opens this clause
supplies.share-by-it:
    ^ {c:FIRMS} (的|所用的|用的|所需的|需要的) ~4 (有)? ((约|近|超过|逾|将近)? @share-words 以上?)? (均|全部|全|都|大多|主要)? (由|是由) 其 @adverbs* @supply-by-verbs
    unless @negations
    unless @former
    unless @before-now
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC c conf=0.75

# A将与B合作，后者每年向前者采购竹地板; A与B签约，前者每年向后者供应电池: 前者 the first firm, 后者 the second (as sure as
# latter-supplies: an agreement's own reading the other way, supplies.contract, is dropped)
supplies.latter-buys-from-former:
    {a:ENT} (将|已)? (与|和|同) (PLACE+ 的)? {b:ENT} ~6 (，|,) 后者 ~4 (向|从) 前者 ~2 @adverbs* @buy-verbs
    unless @negations
    unless @talks
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES a b conf=0.85

supplies.former-supplies-latter:
    {a:ENT} (将|已)? (与|和|同) (PLACE+ 的)? {b:ENT} ~6 (，|,) 前者 ~4 (向|为|给) 后者 ~2 @adverbs* @supply-verbs+ {p:PRODUCT}?
    unless @negations
    unless @talks
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES a b product=p conf=0.85

# 一半的线束都进了B; 三成的电芯流向了B; 大部分的铸件都送到了B: a share of the firm's goods goes to the customer (not money,
# people or orders: 一半的订单都进了B is B's, @not-supplied, @not-flowing)
supplies.share-went-to:
    @share-words 以上? 的 {p:PRODUCT} (都|也|则|全|均)? (进了|流向了|流向|流入了|流进了|送进了|送到了|去了|给了|卖给了|卖给|供给了) {c:FIRMS}
    unless @negations
    unless @not-supplied
    unless @not-flowing
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES SUBJ|TOPIC c product=p conf=0.75

# (…大头卖给B，)剩下的供应C; 其余的卖给了C; 余下部分供给C: the rest of the firm's goods (a clause that opens with the rest,
# whose subject pass would take C for its own)
supplies.rest-to:
    ^ (剩下|剩余|其余|余下|其他) (的|部分|的部分)? (则|都|也|全部|均)? (@give-verbs|供应|供货|配套|供给|卖给|交付|出售给) 了? {c:FIRMS}
    unless @negations
    unless @supplier-aims
    unless-sentence @hearsay-words
    -> SUPPLIES TOPIC c conf=0.75
