songngu-lexicon 1 english=words
a	a 0.1667	acre 0.1667	huh 0.1667	o 0.1667	oh 0.1667	way 0.1667
a_còng	sign 1
a_dua	ape 0.3333	chime 0.3333	join 0.3333
a_ha	aha 0.25	ha 0.25	hurrah 0.25	hurray 0.25
a_hoàn	abigail 0.5	maidservant 0.5
a_móc	sign 1
a_phiến	opium 1
abkhazia	abkhazia 1
accra	accra 1
actini	actinium 1
adam_và_eve	adam 0.5	eve 0.5
afghanistan	afghanistan 1
afrikaans	afrikaans 1
agon	argon 1
ai	anybody 0.125	anyone 0.125	one 0.125	somebody 0.125	someone 0.125	who 0.25	whom 0.125
ai_ai	everybody 0.5	everyone 0.5
ai_cập	egypt 1
ai_cập_cổ_đaị	ancient 0.5	egypt 0.5
ai_naò	who 1
ai_nâý	all 0.75	each 0.25
ai_oán	plaintive 1
ai_điêú	condolence 0.5	eulogy 0.5
ai_đơì	fancy 1
aids	aids 1
airplane	book 1
alabama	alabama 1
alaska	alaska 1
alberta	alberta 1
allah	allah 1
also_át_nhép	ace 0.5	clubs 0.5
altay	altay 1
am	hermitage 0.25	hut 0.125	pagoda 0.125	secluded 0.125	small 0.25	temple 0.125
am_hiêủ	expert 0.2	familiar 0.2	informed 0.1	inside 0.06667	know 0.06667	out 0.06667	realize 0.2	well 0.1
am_pe	ampere 1
amerixi	americium 1
ameriđi	americium 1
amip	amoeba 1
amiăng	asbestos 1
ampe	ampere 1
an	safe 0.5	secure 0.5
an_ba_ni	albania 1
an_baì	foreordain 0.3333	predestine 0.3333	preordain 0.3333
an_cư	live 0.5	peace 0.5
an_dưỡng	convalesce 1
an_giấc	sleep 0.5	soundly 0.5
an_huy	anhui 1
an_hưởng	enjoy 0.25	peacefully 0.5	spend 0.25
an_nam	annam 1
an_nhàn	leisured 0.5	leisurely 0.5
an_ninh	security 1
an_phận	feel 0.5	smug 0.5
an_sinh_xã_hôị	security 0.3333	social 0.5	welfare 0.1667
an_sơn	anshan 1
an_thần	act 0.5	tranquillizer 0.5
an_toàn	safe 0.5	safety 0.3333	security 0.1667
an_toàn_giao_thông	safety 0.5	traffic 0.5
an_toạ	seat 0.5	seated 0.5
an_trí	banish 0.5	exile 0.5
an_táng	bury 1
an_tử	euthanasia 1
an_uỉ	comfort 0.5	console 0.5
an_vị	seat 0.5	seated 0.5
ang	crock 1
ang_áng	about 0.5	approximately 0.5
angola	angola 1
anh	anglo 0.125	brother 0.25	cousin 0.125	elder 0.125	england 0.125	first 0.0625	german 0.0625	much 0.0625	thank 0.0625
anh_chị	chieftain 0.5	ringleader 0.5
anh_chị_em	sibling 1
anh_chồng	brother 0.5	law 0.5
anh_cát_lơị	england 1
anh_dũng	fortitude 0.5	great 0.5
anh_em	brother 0.2	brothers 0.2	comrades 0.2	mates 0.2	siblings 0.2
anh_hùng	hero 0.625	heroic 0.25	like 0.125
anh_hùng_ca	epic 0.5	saga 0.5
anh_hùng_chủ_nghiã	adventurous 0.5	reckless 0.5
anh_họ	cousin 1
anh_linh	hallowed 0.5	memory 0.5
anh_minh	able 0.3333	clear 0.3333	sighted 0.3333
anh_mệt	i'm 0.5	tired 0.5
anh_nuôi	cook 0.5	male 0.5
anh_or_anh_trai	brother 1
anh_rể	brother 0.5	law 0.5
anh_taì	luminary 0.5	outstanding 0.25	talent 0.25
anh_thích_em	like 1
anh_thư	heroine 1
anh_trai	brother 0.5	elder 0.5
anh_tuấn	eminent 0.5	person 0.5
anh_vợ	brother 0.5	law 0.5
anh_yêu_em	love 1
anh_ánh	gleaming 0.5	glimmerring 0.5
anh_âý	he 1
anh_đaò	cherry 0.5	sakura 0.5
anh_đaò_nhật_bản	sakura 1
anhiđrít_cacbonic	carbon 1
anime	anime 1
ankara	ankara 1
anrê	andrew 1
antigua_và_barbuda	antigua 0.5	barbuda 0.5
antimon	antimony 1
ao	approximately 0.1667	measure 0.3333	pond 0.3333	roughly 0.1667
ao_ước	crave 0.3333	long 0.3333	wish 0.3333
apec	apec 1
aplau	ablaut 1
argentina	argentina 1
arizona	arizona 1
arkansas	arkansas 1
arkhangelsk	arkhangelsk 1
armenia	armenia 1
asean	asean 1
asen	arsenic 1
astana	astana 1
astatin	astatine 1
athena	athens 1
atisô	artichoke 1
atm	atm 1
au	bright 0.5	cheerful 0.5
axít	acid 1
ayeyarwaddy	irrawaddy 1
azerbaijan	azerbaijan 1
aí	ah 0.5	oh 0.5
aí_chà	ha 0.5	oh 0.5
aí_hưũ	friendly 0.25	guild 0.5	society 0.25
aí_khanh	darling 0.5	dear 0.5
aí_lực	affinity 1
aí_mộ	attach 0.75	feel 0.25
aí_nam_aí_nữ	androgynous 0.3333	bisexual 0.3333	hermaphroditic 0.3333
aí_ngaị	compassion 0.25	daughter 0.5	feel 0.25
aí_nhi	pedophilia 1
aí_nhĩ_lan	ireland 1
aí_phi	favorite 0.5	queen 0.5
aí_quốc	country 0.25	love 0.25	patriot 0.5
aí_tình	love 0.5	passion 0.5
aí_ân	affection 0.1667	conjugal 0.1667	live 0.06667	love 0.3	passion 0.2	tender 0.1
aò	impetuously 0.5	rush 0.5
aò_aò	impetuous 1
aò_ạt	impetuous 0.5	vehement 0.5
aó	austria 0.1538	austrian 0.07692	case 0.07692	cloak 0.07692	coat 0.07692	cover 0.07692	crust 0.07692	dress 0.07692	gown 0.07692	jacket 0.07692	tunic 0.07692	wrapping 0.07692
aó_choàng	gown 0.5	overcoat 0.5
aó_cà_sa	cassock 1
aó_cánh	jacket 0.5	short 0.5
aó_daì	armour 0.25	dress 0.5	glowing 0.125	tunic 0.125
aó_gi_lê	vest 0.5	waistcoat 0.5
aó_giáp	armour 0.5	cuirass 0.5
aó_gôí	case 0.5	pillow 0.5
aó_khoác	overcoat 1
aó_khách	chinese 0.3333	jacket 0.3333	styled 0.3333
aó_len_chui_đâù	pullover 1
aó_len_có_nón	pullover 1
aó_lá	dress 0.1667	leaf 0.2778	palm 0.1111	raincoat 0.1111	undervest 0.3333
aó_lót	undervest 0.5	vest 0.5
aó_lặn	diving 0.5	dress 0.25	suit 0.25
aó_mai_ô	singlet 1
aó_may_ô	singlet 1
aó_môn	macau 1
aó_măng_tô	overcoat 1
aó_mưa	mackintosh 0.25	raincoat 0.5	waterproof 0.25
aó_ngủ	dress 0.5	night 0.5
aó_quan	coffin 1
aó_sơ_mi	shirt 1
aó_thụng	cassock 1
aó_trấn_thủ	cotton 0.3333	padded 0.3333	waistcoat 0.3333
aó_tơi	dress 0.25	leaf 0.4167	palm 0.1667	raincoat 0.1667
aó_tế	ritual 0.5	robe 0.5
aó_vét_tông	jacket 1
aó_vệ_sinh	cotton 0.5	sweater 0.5
aó_đuôi_tôm	tuxedo 1
aó_đầm	dress 1
aý	withered 1
aý_naý	uneasy 1
aỉ	aerated 0.08333	hurdle 0.1667	loose 0.08333	ordeal 0.1667	pass 0.1667	rotten 0.1667	trial 0.1667
aỉ_quan	frontier 0.5	pass 0.5
aỏ	illusive 0.3333	illusory 0.3333	imaginary 0.3333
aỏ_giác	fancy 0.25	fantasy 0.25	illusion 0.375	optical 0.125
aỏ_mộng	air 0.1667	castle 0.1667	day 0.1667	dream 0.3333	fantastic 0.1667
aỏ_naõ	doleful 0.3333	pathetic 0.3333	plaintive 0.3333
aỏ_thuật	jugglery 0.3333	legerdemain 0.3333	prestidigitation 0.3333
aỏ_thị	illusion 0.5	optical 0.5
aỏ_tưởng	day 0.125	dream 0.125	fancy 0.25	fantastic 0.125	illusion 0.25	notion 0.125
aỏ_tượng	mirage 1
aỏ_vọng	fantastic 0.5	hope 0.25	wish 0.25
aỏ_ảnh	illusion 0.2	mirage 0.4	phantasm 0.2	phantom 0.2
ba	dad 0.08333	daddy 0.1667	father 0.08333	few 0.08333	handful 0.08333	number 0.08333	papa 0.08333	several 0.08333	third 0.08333	three 0.1667
ba_ba	trionychid 0.5	turtle 0.5
ba_baỷ	more 0.3333	several 0.3333	variety 0.3333
ba_bó_một_giạ	sure 0.5	thing 0.5
ba_bị	battered 0.1	bogey 0.1	bogy 0.1	bugaboo 0.1	bugbear 0.1	good 0.05	knavish 0.1	nothing 0.05	seedy 0.1	shabby 0.1	unprincipled 0.1
ba_chân_bốn_cẳng	full 0.5	spead 0.5
ba_chỉ	side 1
ba_cùng	three 1
ba_gai	rowdy 0.5	unruly 0.5
ba_giờ	o'clock 0.5	three 0.5
ba_gác	tricycle 0.5	trike 0.5
ba_hoa	blabber 0.25	boast 0.25	brag 0.25	prate 0.25
ba_lan	poland 1
ba_lá	blade 0.5	three 0.5
ba_láp	nonsensical 0.5	senseless 0.5
ba_lê	ballet 0.6667	paris 0.3333
ba_lô	backpack 0.3333	bag 0.1667	kit 0.1667	knapsack 0.3333
ba_lăng_nhăng	idle 0.25	meaningless 0.25	trashy 0.25	worthless 0.25
ba_môn_phôí_hợp	triathlon 1
ba_mươì	thirty 1
ba_ngaỳ	days 0.5	three 0.5
ba_ngôi	trinity 1
ba_phaỉ	agreeing 0.5	everyone 0.5
ba_que	cheating 0.25	deceitful 0.25	dishonest 0.25	tricky 0.25
ba_quân	army 0.5	whole 0.5
ba_roị	comic 0.25	serio 0.25	side 0.5
ba_sinh	eternal 0.25	existences 0.25	love 0.25	three 0.25
ba_tiêu	banana 0.5	tree 0.5
ba_trợn	unruly 1
ba_tư	persia 0.5	pesia 0.5
ba_vạ	down 0.25	run 0.25	uncared 0.5
ba_xuân	parents 1
ba_đaò	big 0.25	downs 0.25	ups 0.25	wave 0.25
ba_đâù_saú_tay	strength 0.5	superhuman 0.5
ba_đờ_xuy	overcoat 1
baht	baht 1
bai	loose 0.25	spade 0.25	stretch 0.25	trowel 0.25
baku	baku 1
ban	ball 0.1429	bauhinia 0.1429	board 0.2857	rash 0.1429	shift 0.1429	time 0.1429
ban_bí_thư	secretariat 1
ban_bố	promulgate 1
ban_chiêù	afternoon 1
ban_công	balcony 1
ban_giám_khaỏ	body 0.5	examining 0.5
ban_hành	enforce 0.5	promulgate 0.5
ban_khen	commend 0.25	congratulate 0.25	felicitate 0.25	praise 0.25
ban_long	antlers 0.5	jelly 0.5
ban_mai	early 0.5	morning 0.5
ban_naỹ	ago 0.1667	just 0.25	little 0.1667	now 0.25	while 0.1667
ban_ngaỳ	day 0.5	during 0.125	hyday 0.25	time 0.125
ban_ngành	agencies 0.5	departments 0.5
ban_nhạc_con_trai	band 0.5	boy 0.5
ban_phát	dispense 0.5	distribute 0.5
ban_phước	bless 1
ban_sáng	morning 1
ban_sơ	aboriginal 0.3333	beginning 0.1667	outset 0.3333	stage 0.1667
ban_thường_vụ	board 0.25	committee 0.25	standing 0.5
ban_thưởng	bestow 0.1667	grant 0.1667	reward 0.6667
ban_thứ	hierarhy 1
ban_trưa	midday 0.5	noon 0.5
ban_tặng	award 0.5	grant 0.5
ban_đâù	early 0.3333	first 0.3333	initial 0.3333
ban_đêm	midnight 0.25	night 0.625	time 0.125
ban_ơn	bestow 0.25	boon 0.25	favours 0.25	grant 0.25
bang	chinese 0.2778	colony 0.1667	community 0.1111	nationals 0.1111	state 0.3333
bang_giao	entertain 0.3333	international 0.3333	relations 0.3333
bang_trưởng	chief 0.5	congrelation 0.5
bang_trợ	aid 0.5	help 0.5
bang_tá	assistant 0.3333	chief 0.3333	district 0.3333
bangkok	bangkok 1
bangladesh	bangladesh 1
banh	ball 0.4	cell 0.1	force 0.1	open 0.2	prison 0.1	wide 0.1
banh_mì	baguette 1
banh_để_liệng	handball 1
bao	bag 0.3125	box 0.125	packet 0.125	sack 0.125	support 0.125	waist 0.0625	wrap 0.125
bao_báp	baobab 1
bao_bì	packing 0.5	wrapping 0.5
bao_bì_nilon	bag 0.5	plastic 0.5
bao_bọc	enclose 0.5	wrap 0.5
bao_cao_su	condom 1
bao_che	screen 0.5	shield 0.5
bao_chiếm	appropriate 1
bao_dung	generous 0.5	magnanimous 0.5
bao_dương_vật	condom 1
bao_giâý	bag 0.5	paper 0.5
bao_giờ	ever 0.5	when 0.5
bao_gồm	comprise 0.3333	embrace 0.3333	include 0.3333
bao_hàm	imply 1
bao_kiếm	scabbard 1
bao_la	immense 0.3333	infinite 0.3333	limitless 0.3333
bao_lâu	how 0.5	long 0.5
bao_lăm	much 1
bao_lơn	balcony 1
bao_nhiêu	amount 0.05556	any 0.2222	how 0.2222	many 0.2222	much 0.2222	number 0.05556
bao_phủ	cover 0.3333	envelop 0.3333	wrap 0.3333
bao_quanh	circle 0.5	encompass 0.5
bao_quy_đâù	prepuce 1
bao_quát	embrace 0.3333	grasp 0.1667	see 0.1667	whole 0.3333
bao_tay	glove 1
bao_taỉ	bag 0.75	jute 0.25
bao_thâù	bid 0.5	building 0.25	contract 0.25
bao_thơ	envelope 1
bao_thư	envelope 1
bao_trùm	cover 0.5	whole 0.5
bao_tử	embryo 0.3333	foetus 0.3333	stomach 0.3333
bao_vây	besiege 0.2	blockade 0.2	encircle 0.2	lay 0.1	siege 0.1	surround 0.2
bao_đâù	baotou 1
bao_đựng_mật	bladder 0.5	gall 0.5
bari	barium 1
barnaul	barnaul 1
batôlômêô	bartholomew 1
bay	blow 0.1667	fade 0.1667	fail 0.1667	fly 0.3333	go 0.1667
bay_biến	blazes 0.25	hell 0.25	like 0.5
bay_bướm	flowery 0.3333	polished 0.3333	refined 0.3333
bay_bổng	faluting 0.25	fly 0.25	high 0.5
bay_hơi	evaporate 1
bay_la	fly 0.5	low 0.5
bay_lên	away 0.25	fly 0.5	off 0.25
bay_lượn	glide 0.5	hover 0.5
bay_maù	fade 1
bay_muì	deodorant 0.5	lose 0.25	perfume 0.25
bay_muì_thôí	stink 1
bay_mươi	seventy 1
bay_nhaỷ	fly 0.5	high 0.5
bazơ	base 1
baì	action 0.0625	card 0.1875	course 0.0625	game 0.0625	lesson 0.25	resort 0.125	tablet 0.125	tag 0.125
baì_baó	article 1
baì_binh_bố_trận	array 0.5	troops 0.5
baì_bác	disparage 0.5	down 0.25	run 0.25
baì_bây	brazen 1
baì_bình_luận	commentary 1
baì_bản	ad 0.1667	hoc 0.1667	method 0.5	text 0.1667
baì_ca	hymn 0.5	song 0.5
baì_diễn_văn	address 0.5	speech 0.5
baì_dịch	translation 1
baì_giaỉ	key 0.5	solution 0.5
baì_hát	song 1
baì_học	lesson 1
baì_khoá	text 1
baì_luận	composition 0.5	essay 0.5
baì_làm	exercise 0.3333	task 0.3333	theme 0.3333
baì_lá	card 0.5	playing 0.5
baì_mục	section 1
baì_ngoaị	xenophobic 1
baì_ngà	badge 0.5	ivory 0.5
baì_thuốc	remedy 1
baì_thơ	poem 1
baì_tiết	excrete 1
baì_toán	problem 1
baì_trí	arrange 0.3333	decorate 0.3333	dispose 0.3333
baì_trừ	abolish 0.5	eradicate 0.5
baì_tóm_tắt	abbreviation 1
baì_tập	exercise 1
baì_văn	paper 1
baì_vị	ancestral 0.5	tablet 0.5
baì_vở	class 0.125	copy 0.25	materials 0.125	matter 0.125	newspaper 0.125	task 0.25
baì_xuất	eliminate 0.5	excrete 0.5
baì_xã_luận	editorial 1
baì_xích	boycott 0.5	ostracise 0.5
baì_điêú_ca	threnody 1
baì_đọc	text 1
baí	bow 0.3333	kotow 0.3333	salute 0.3333
baí_biệt	kowtowing 0.5	leave 0.5
baí_lĩnh	kowtow 0.5	receive 0.5
baí_phục	admiration 0.25	admire 0.5	bow 0.25
baí_thần_giaó	idolatry 1
baí_tạ	kowtow 0.5	thank 0.5
baí_tổ	kowtow 0.5	salute 0.5
baí_vật_giaó	fetishism 1
baí_yết	audience 0.3333	paying 0.3333	respect 0.3333
baí_đáp	answer 0.5	respectfully 0.5
baò	court 0.08333	feudal 0.08333	plane 0.625	robe 0.08333	smooth 0.125
baò_chưã	act 0.1667	counsel 0.1667	defend 0.3333	plead 0.3333
baò_chế	medicines 0.5	prepare 0.25	up 0.25
baò_chế_học	pharmaceutics 0.5	pharmacy 0.5
baò_hao	roat 0.3333	shout 0.3333	tenterhooks 0.3333
baò_ngư	abalone 1
baò_thai	foetus 1
baò_ảnh	phantasm 1
baó	leopard 0.2	magazine 0.2	newspaper 0.4	panther 0.2
baó_bờm	cheetah 1
baó_caó	account 0.125	refer 0.125	report 0.625	reports 0.125
baó_caó_viên	deliverer 0.5	lecturer 0.5
baó_chí	estate 0.1	fourth 0.1	magazines 0.1	newspapers 0.1	periodicals 0.2	press 0.4
baó_cô	live 0.25	parasite 0.25	sponge 0.5
baó_công	achievements 0.5	report 0.5
baó_ghêpa	cheetah 1
baó_giơí	circles 0.1667	estate 0.1667	fourth 0.1667	press 0.5
baó_gấm	clouded 0.5	leopard 0.5
baó_hiêụ	signal 1
baó_hỷ	announcement 0.5	wedding 0.5
baó_mộng	dream 0.5	omen 0.5
baó_oán	avenge 0.5	revenge 0.5
baó_phục	avenge 0.5	revevge 0.5
baó_quán	newspaper 0.5	office 0.5
baó_săn	cheetah 1
baó_tang	announce 0.5	death 0.5
baó_thù	avenge 0.3333	revenge 0.3333	vengeance 0.3333
baó_thức	alarm 1
baó_tiệp	announce 0.5	victory 0.5
baó_trước	forewarn 0.3333	prediet 0.3333	roretell 0.3333
baó_tuyết	leopard 0.5	snow 0.5
baó_vụ_viên	telegraphist 1
baó_xuân	primula 1
baó_yên	all 0.3333	clear 0.3333	sound 0.3333
baó_ân	benefaction 0.25	gratitude 0.25	return 0.25	show 0.25
baó_đen	panther 1
baó_đáp	requite 1
baó_động	alarm 0.5	alert 0.5
baó_ơn	render 0.25	return 0.25	thanks 0.5
baó_ảnh	illustrated 0.5	magazine 0.5
baõ	colic 0.1429	cyclone 0.1429	hurricane 0.2857	storm 0.2857	typhoon 0.1429
baõ_bùng	storm 0.5	tempest 0.5
baõ_cát	sand 0.25	sandstorm 0.5	storm 0.25
baõ_hoà	saturated 1
baõ_rớt	storm 0.5	tail 0.5
baõ_tuyết	snow 0.5	storm 0.5
baõ_táp	great 0.1	hurricane 0.2	ordeal 0.1	severe 0.1	storm 0.1	tornado 0.2	upheaval 0.1	violent 0.1
baõ_tố	hurricane 1
baù	pond 0.5	pool 0.5
baù_baụ	frowning 0.5	scowling 0.5
baù_nhaù	growl 0.5	grumble 0.5
baú	precious 0.5	valuable 0.5
baú_vật	precious 0.5	thing 0.5
baĩ	bank 0.3333	expanse 0.3333	ground 0.3333
baĩ_binh	cancel 0.3333	marching 0.3333	orders 0.3333
baĩ_biển	beach 1
baĩ_bôì	alluvial 0.25	ground 0.25	warp 0.5
baĩ_bỏ	abolish 0.3333	abrogate 0.3333	declare 0.1111	null 0.1111	void 0.1111
baĩ_chiến	cease 0.25	fighting 0.25	hostilities 0.25	stop 0.25
baĩ_chăn_thả	grass 0.1667	grazing 0.1667	land 0.3333	pasture 0.3333
baĩ_chợ	hartal 1
baĩ_chức	dismiss 0.5	office 0.25	relieve 0.25
baĩ_cá	fishing 0.5	ground 0.5
baĩ_công	strike 1
baĩ_cỏ	grass 0.3	green 0.2	land 0.1	lawn 0.4
baĩ_khoá	boycott 0.5	school 0.5
baĩ_miễn	mandate 0.5	revoke 0.5
baĩ_naị	desist 0.5	withdraw 0.5
baĩ_sa_mạc	desert 1
baĩ_tha_ma	burial 0.1667	cematary 0.3333	churchgard 0.3333	ground 0.1667
baĩ_thaỉ	drump 1
baĩ_thực	hunger 0.5	strike 0.5
baĩ_triêù	recess 1
baĩ_trường	close 0.5	school 0.5
baĩ_tập	drilling 0.5	ground 0.5
baĩ_đâụ_xe	lot 0.5	parking 0.5
baỉ_hoaỉ	drooping 0.25	exhaustion 0.25	limp 0.25	weariness 0.25
baị	almost 0.08333	crippled 0.1667	defeated 0.1667	exhausted 0.08333	fail 0.1667	paralysed 0.1667	worsted 0.1667
baị_binh	routed 0.5	troops 0.5
baị_hoaị	corrupt 0.5	degenerate 0.5
baị_liệt	crippled 0.5	paralyzed 0.5
baị_lộ	come 0.1667	light 0.1667	out 0.3333	revealed 0.3333
baị_quân	army 0.25	routed 0.5	troops 0.25
baị_sản	ruined 1
baị_trận	defeated 0.5	war 0.5
baị_tâủ	inrout 0.5	routed 0.5
baị_tướng	defeated 0.5	general 0.5
baị_vong	defeated 0.3333	out 0.3333	wiped 0.3333
baọ	bold 0.5	healthy 0.5
baọ_bệnh	grave 0.3333	illness 0.3333	sudden 0.3333
baọ_chuá	brutal 0.1667	suzerain 0.1667	tyrant 0.6667
baọ_chính	tyranny 1
baọ_dạn	bold 1
baọ_gan	audacious 1
baọ_hành	violence 1
baọ_hành_gia_đình	domestic 0.5	violence 0.5
baọ_lực	violence 1
baọ_lực_gia_đình	domestic 0.5	violence 0.5
baọ_nghịch	rebellious 1
baọ_ngược	cruel 0.5	wickedly 0.5
baọ_phát	sudden 0.5	wealth 0.5
baọ_phôỉ	audacious 0.3333	deeds 0.3333	words 0.3333
baọ_quân	tyrant 1
baọ_động	rise 0.5	up 0.5
baỏ	right 0.1667	say 0.3333	serves 0.1667	tell 0.3333
baỏ_an	district 0.125	ensure 0.125	guards 0.25	law 0.08333	maintain 0.08333	order 0.08333	provincial 0.125	security 0.125
baỏ_an_binh	guard 1
baỏ_ban	admonish 1
baỏ_bôí	magic 0.25	thing 0.25	valuable 0.25	wand 0.25
baỏ_chứng	deposit 0.5	security 0.5
baỏ_dưỡng	after 0.125	care 0.25	good 0.08333	keep 0.08333	look 0.125	maintain 0.25	repair 0.08333
baỏ_hiểm	insure 0.5	safety 0.25	see 0.25
baỏ_hiểm_nhân_thọ	insurance 0.5	life 0.5
baỏ_hiểm_y_tế	health 0.5	insurance 0.5
baỏ_hoà	saturant 0.5	saturated 0.5
baỏ_hoàng	royalist 1
baỏ_hành	warranty 1
baỏ_hộ	administer 0.25	protect 0.5	protectorate 0.25
baỏ_kiếm	precious 0.5	sword 0.5
baỏ_lãnh	act 0.1667	answer 0.3333	bail 0.3333	guarantee 0.1667
baỏ_lĩnh	act 0.1667	answer 0.3333	bail 0.3333	guarantee 0.1667
baỏ_lưu	keep 0.1667	quo 0.1667	reservations 0.5	statu 0.1667
baỏ_mâũ	governess 0.3333	kindergartener 0.3333	nurse 0.3333
baỏ_mật	keep 0.3333	secrets 0.3333	state 0.3333
baỏ_nô	patron 1
baỏ_quản	condition 0.2	good 0.1667	keep 0.1667	maintain 0.2	preserve 0.2	repair 0.06667
baỏ_quốc	protector 1
baỏ_sanh	hospital 0.5	maternity 0.5
baỏ_thủ	conservative 1
baỏ_toàn	intact 0.25	keep 0.5	whole 0.25
baỏ_trợ	patronize 0.5	sponsor 0.5
baỏ_tàng	museum 0.5	preserve 0.5
baỏ_tàng_học	museology 1
baỏ_tồn	preserve 1
baỏ_tồn_baỏ_tàng	care 0.1667	conservator's 0.1667	display 0.1667	preserve 0.3333	work 0.1667
baỏ_vật	object 0.25	precious 0.5	thing 0.25
baỏ_vệ	bodyguard 0.1429	defend 0.1429	guard 0.1429	preserve 0.1429	protect 0.2857	watchman 0.1429
baỏ_vệ_môi_trường	environmental 0.5	protection 0.5
baỏ_đảm	assume 0.07143	ensure 0.2857	guarantee 0.2857	responsibility 0.07143	see 0.1429	word 0.1429
baỏ_định	baoding 1
baỳ	confide 0.1429	contrive 0.1429	devise 0.1429	display 0.1429	reveal 0.1429	set 0.1429	show 0.1429
baỳ_biện	arrange 0.5	indulge 0.25	superfluities 0.25
baỳ_chuyện	cook 0.1667	stories 0.4167	up 0.4167
baỳ_trò	complicate 0.5	matters 0.5
baỳ_tỏ	clear 0.5	express 0.5
baỳ_vai	counterpart 0.5	equal 0.5
baỳ_vẽ	conceive 0.25	contrive 0.25	go 0.08333	lengths 0.08333	show 0.25	unnecessary 0.08333
baỳ_đặt	create 1
baỷ	seven 0.6667	seventh 0.3333
baỷ_giờ	o'clock 0.5	seven 0.5
bch	committee 0.5	executive 0.5
bcđ	committee 0.5	steering 0.5
be	beige 0.5	build 0.08333	embankments 0.08333	flask 0.125	mud 0.08333	wine 0.125
be_be	bleat 1
be_bé	smallish 1
be_bét	complete 0.25	crushed 0.25	mess 0.25	pulp 0.25
beckeli	berkelium 1
belarus	belarus 1
belem	bethlehem 1
belgorod	belgorod 1
bem	secret 1
beng	cut 0.375	mell 0.125	off 0.125	pell 0.125	topsy 0.125	turvy 0.125
bengaluru	bangalore 1
benghazi	benghazi 1
benzen	benzene 1
beo	leopard 0.25	panther 0.25	pinch 0.25	scraggy 0.25
beo_beó	fattish 1
beograd	belgrade 1
berili	beryllium 1
berlin	berlin 1
beò	fern 0.5	water 0.5
beò_bọt	flotsam 0.5	jetsa 0.5
beò_caí	pistia 1
beò_cám	wolffia 1
beò_dâu	azolla 1
beò_nheò	flabby 0.5	flaccid 0.5
beò_nhật_bản	hyacinth 0.5	water 0.5
beò_ong	floating 0.5	moss 0.5
beò_tấm	duckweed 1
beó	fat 0.3333	greasy 0.3333	making 0.1667	rich 0.1667
beó_bêụ	fat 0.5	flabbily 0.5
beó_bở	fat 0.5	profitable 0.5
beó_lăn	stout 1
beó_lẳn	corpulent 0.5	muscular 0.5
beó_mẫm	fatty 1
beó_mập	plump 0.5	stout 0.5
beó_mỡ	frolicsome 0.3333	prankful 0.3333	prankish 0.1667	pranky 0.1667
beó_ngâỵ	greasy 1
beó_phì	obesity 1
beó_quay	tubby 1
beó_ị	fat 0.5	flabbily 0.5
beỏ_leỏ	glib 1
bhutan	bhutan 1
bi	ball 0.3333	marble 0.3333	tragic 0.3333
bi_ai	woeful 1
bi_bô	lisp 1
bi_ca	elegy 1
bi_chí	epitaph 1
bi_cảm	moving 0.5	touching 0.5
bi_da	snooker 1
bi_haì_kịch	comedy 0.5	tragi 0.5
bi_khúc	elegy 1
bi_kịch	tragedy 1
bi_quan	pessimistic 1
bi_thiết	doleful 1
bi_thương	sorrowful 1
bi_thảm	tragic 1
bi_đát	lamentable 1
bi_đông	bottle 0.1667	canteen 0.5	soldier's 0.1667	water 0.1667
bia	ale 0.25	beer 0.5	stele 0.25
bia_gừng	beer 0.5	ginger 0.5
bia_miệng	fame 0.3333	ill 0.3333	posthumous 0.3333
bia_mộ	gravestone 1
binh	army 0.5	soldier 0.5
binh_biến	mutiny 1
binh_bị	armament 1
binh_bộ	ministy 0.5	war 0.5
binh_chủng	arm 1
binh_công_xưởng	arms 0.5	workshop 0.5
binh_cơ	strategy 1
binh_dịch	military 0.5	service 0.5
binh_gia	military 1
binh_hoạ	scourge 0.5	war 0.5
binh_khí	weapon 0.5	weapons 0.5
binh_khố	arms 0.25	depot 0.5	military 0.25
binh_lính	soldier 0.5	troops 0.5
binh_lực	combat 0.5	force 0.25	troops 0.25
binh_mã	force 0.25	horses 0.25	military 0.25	troops 0.25
binh_ngũ	arms 0.5	diffrent 0.5
binh_nhu	army 0.25	military 0.25	ordnance 0.25	supplies 0.25
binh_nhì	private 1
binh_nhất	class 0.3333	first 0.3333	private 0.3333
binh_pháp	art 0.5	warfare 0.5
binh_phí	military 0.5	spending 0.5
binh_phục	uniform 1
binh_quyền	military 0.5	power 0.5
binh_sĩ	men 0.3333	soldiers 0.3333	troops 0.3333
binh_thuyền	warship 1
binh_thư	book 0.5	warfare 0.5
binh_tình	army 0.1667	condition 0.1667	military 0.1667	situation 0.5
binh_vụ	affairs 0.5	military 0.5
binh_xưởng	arsenal 1
binh_đao	fire 0.5	sword 0.5
binh_đoàn	battalion 0.25	corps 0.5	multi 0.25
bishkek	bishkek 1
bismut	bismuth 1
bitmut	bismuth 1
bià	board 0.3	cover 0.2	edge 0.2	outside 0.1	slab 0.2
bià_hồ_sơ	folder 1
biên	down 0.08333	edge 0.1667	jot 0.08333	line 0.1667	list 0.1667	selvedge 0.1667	write 0.1667
biên_aỉ	border 0.5	gate 0.5
biên_bản	minutes 0.3333	proces 0.1667	report 0.3333	verbal 0.1667
biên_bản_ghi_nhớ	memorandum 0.25	mou 0.5	understanding 0.25
biên_chép	down 0.25	jot 0.25	keep 0.5
biên_chế	organize 0.1667	personnel 0.3333	staff 0.5
biên_cương	area 0.5	border 0.5
biên_dịch	translate 1
biên_giơí	border 0.5	frontier 0.5
biên_khu	area 0.5	border 0.5
biên_kịch_viên	screenwriter 1
biên_lai	receipt 1
biên_mã	encoding 1
biên_nhận	receipt 1
biên_niên	annalistic 1
biên_niên_sử	chronicles 1
biên_phòng	border 0.3333	country's 0.3333	defend 0.3333
biên_soạn	compile 0.3333	compose 0.3333	write 0.3333
biên_sô	variable 1
biên_tập	edit 1
biên_tập_viên	publisher's 0.5	reader 0.5
biên_uỷ	editorial 0.5	staff 0.5
biên_đaọ	choreographer 1
biên_đôị	flight 1
biên_độ	amplitude 1
biêú	present 1
biêú_xén	give 0.25	present 0.5	to 0.25
biêủ	index 0.25	king 0.25	letter 0.125	petition 0.125	table 0.25
biêủ_bì	epidermis 1
biêủ_cảm	expressive 1
biêủ_diển	execute 0.5	perform 0.5
biêủ_diễn	execute 0.25	gig 0.25	perform 0.25	represent 0.25
biêủ_dương	display 0.5	show 0.5
biêủ_hiện	depict 0.125	display 0.125	express 0.125	itself 0.0625	manifest 0.3125	manifestation 0.125	plainly 0.0625	show 0.0625
biêủ_kiến	apparent 1
biêủ_lộ	betray 0.5	reveal 0.5
biêủ_mâũ	form 1
biêủ_mô	epithelium 1
biêủ_ngữ	banner 1
biêủ_quyết	vote 1
biêủ_sinh	epigeneous 0.5	epigenous 0.5
biêủ_thị	display 0.5	show 0.5
biêủ_thức	expression 1
biêủ_tình	demonstrate 1
biêủ_tượng	icon 0.3333	representation 0.3333	symbol 0.3333
biêủ_đạt	denote 0.5	express 0.5
biêủ_đồ	diagram 0.5	graph 0.5
biêủ_đồng_tình	approval 0.25	show 0.5	support 0.25
biù	bursha 1
biù_daí	scrotum 1
biù_diú	up 0.5	wrapped 0.5
biú	grasp 1
biũ	pout 0.5	purse 0.5
biũ_môi	curl 0.1667	lips 0.4167	purse 0.25	up 0.1667
biạ	fabricate 0.5	invent 0.5
biạ_đặt	fabricate 0.5	trump 0.25	up 0.25
biếc	bluish 0.5	green 0.5
biếm	crab 0.5	damn 0.5
biếm_hoạ	cartoon 1
biến	change 0.3333	turn 0.3333	vanish 0.3333
biến_baó	retort 1
biến_chuyển	change 1
biến_chất	degenerate 1
biến_chứng	complication 0.375	effect 0.2083	produce 0.2083	side 0.2083
biến_cách	declension 1
biến_cảm	variometer 1
biến_cố	change 0.25	major 0.25	upheaval 0.5
biến_diễn	develop 1
biến_dưỡng	metabolism 1
biến_dạng	deform 0.25	deformation 0.25	variant 0.25	variation 0.25
biến_dị	variability 1
biến_hoá	evolve 0.25	multiform 0.25	transform 0.25	versatile 0.25
biến_hình	metamorphosis 0.5	transformation 0.5
biến_loạn	disturbance 0.5	turmoil 0.5
biến_mất	go 1
biến_ngôi	conjugate 1
biến_nhiệt	poikilothermic 1
biến_phân	variation 1
biến_sắc	change 0.5	colour 0.5
biến_thanh	sandhi 0.5	tone 0.5
biến_thaí	metamorphosis 1
biến_thiên	change 0.1667	major 0.1667	upheaval 0.3333	vary 0.3333
biến_thế	transformer 1
biến_thể	variant 1
biến_trở	rheostat 1
biến_tâú	variation 1
biến_tính	denatured 1
biến_tướng	disguise 0.5	disguised 0.5
biến_tố	flexion 1
biến_âm	phonetic 0.5	variant 0.5
biến_điêụ	sandhi 0.5	tone 0.5
biến_đôỉ	alter 0.5	change 0.5
biến_đôỉ_khí_hâụ	change 0.5	climate 0.5
biến_động	change 0.3333	evolve 0.3333	vary 0.3333
biếng	disinclined 0.5	interest 0.25	losing 0.25
biếng_chơi	ill 0.5	slightly 0.5
biếng_nhác	idle 0.5	lazy 0.5
biếng_ăn	anorexia 1
biết	know 0.6667	realize 0.3333
biết_bao	how 0.6667	many 0.1667	much 0.1667
biết_bụng	feelings 0.3333	somebody's 0.3333	understand 0.3333
biết_chừng	how 1
biết_chừng_naò	how 1
biết_muì	experience 0.3333	liking 0.3333	taste 0.3333
biết_rõ	conscious 1
biết_thân	right 0.5	serve 0.5
biết_thế	if 0.5	know 0.5
biết_ý	guess 0.5	intentions 0.5
biết_điêù	judicious 0.3333	reasonable 0.3333	sensible 0.3333
biết_đâu	knows 1
biết_đâu_chừng	may 0.5	perhaps 0.5
biết_ơn	grateful 0.5	thank 0.25	thankful 0.25
biền	floodland 0.5	floodplain 0.5
biển	escutcheon 0.1429	plate 0.1429	post 0.1429	poster 0.1429	sea 0.2857	signboard 0.1429
biển_adriatic	adriatic 0.5	sea 0.5
biển_aegea	aegean 0.5	sea 0.5
biển_baltic	baltic 0.5	sea 0.5
biển_ban_tích	baltic 0.5	sea 0.5
biển_barents	barents 0.5	sea 0.5
biển_baó_giao_thông	sign 0.5	traffic 0.5
biển_caribe	caribbean 0.5	sea 0.5
biển_caspi	caspian 0.5	sea 0.5
biển_chết	dead 0.5	sea 0.5
biển_cả	high 0.5	sea 0.5
biển_hoa_đông	china 0.3333	east 0.3333	sea 0.3333
biển_khơi	main 0.5	sea 0.5
biển_lận	greedy 0.5	stingy 0.5
biển_nhật_bản	japan 0.5	sea 0.5
biển_san_hô	coral 0.5	sea 0.5
biển_thủ	embezzle 1
biển_tiến	marine 0.5	transgression 0.5
biển_trắng	sea 0.5	white 0.5
biển_đen	black 0.5	sea 0.5
biển_đông	china 0.3333	sea 0.3333	south 0.3333
biển_đỏ	red 0.5	sea 0.5
biển_ả_rập	arabian 0.5	sea 0.5
biện	invoke 0.5	prepare 0.5
biện_bác	argue 0.5	reason 0.5
biện_bạch	defend 0.3333	justify 0.3333	vindicate 0.3333
biện_chứng	dialectic 1
biện_chứng_pháp	dialectics 1
biện_giaỉ	explain 0.5	reason 0.5
biện_hộ	act 0.3333	apologist 0.1667	counsel 0.1667	defend 0.3333
biện_luận	argue 0.3333	discuss 0.3333	reason 0.3333
biện_minh	enucleate 0.5	justfly 0.5
biện_pháp	means 0.2	measure 0.4	measures 0.2	method 0.2
biện_thuyết	argue 0.5	reason 0.5
biệt	leave 0.5	part 0.5
biệt_danh	alias 0.5	nickname 0.5
biệt_dược	medicine 0.5	patent 0.25	proprietary 0.25
biệt_hiêụ	name 0.5	pen 0.5
biệt_kích	attack 0.1111	commando 0.3333	ranger 0.3333	spring 0.1111	surprise 0.1111
biệt_ly	separated 1
biệt_lập	aloof 0.25	isolated 0.25	stand 0.5
biệt_ngữ	jargon 0.5	language 0.5
biệt_nhãn	esteem 0.5	high 0.25	special 0.25
biệt_phaí	second 0.5	sectarian 0.5
biệt_số	discriminant 1
biệt_taì	gifted 0.25	special 0.25	specially 0.25	talent 0.25
biệt_thị	high 0.3333	hold 0.3333	regards 0.3333
biệt_thức	discriminant 1
biệt_thự	villa 1
biệt_tin	news 0.25	tidings 0.25	without 0.5
biệt_tăm	gone 0.3333	trace 0.3333	without 0.3333
biệt_xứ	away 0.3333	country 0.3333	far 0.3333
biệt_đaĩ	consideration 0.1667	favour 0.25	high 0.1667	treat 0.4167
biệt_động_đôị	force 0.3333	special 0.3333	task 0.3333
blowing_dust_and_wind	downs 0.1111	full 0.1111	hard 0.3333	troubled 0.3333	ups 0.1111
bo	boron 0.5	tip 0.5
bo_bo	close 0.25	griping 0.25	job's 0.125	mud 0.125	stick 0.125	tears 0.125
bo_mạch_âm_thanh	card 0.5	sound 0.5
bo_siết	stingy 1
bolivia	bolivia 1
bollywood	bollywood 1
bolshevik	bolshevik 1
bom	bomb 1
bom_bay	bomb 0.5	flying 0.25	robot 0.25
bom_bi	bomb 0.3333	pellet 0.3333	steel 0.3333
bom_hoá_học	bomb 0.5	chemical 0.5
bom_khinh_khí	bomb 0.5	h 0.25	hydrogen 0.25
bom_lân_tinh	bomb 0.5	phosphorous 0.5
bom_mát	ointment 1
bom_napan	napalm 1
bom_nguyên_tử	atomic 0.25	bomb 0.75
bom_nổ_chậm	bomb 0.5	time 0.5
bom_từ_trường	bomb 0.5	magnetic 0.5
bom_đạn	bomb 0.25	bullet 0.25	lethal 0.25	weapons 0.25
bon	run 0.25	rush 0.5	smoothly 0.25
bon_bon	fast 0.5	run 0.5
bon_chen	scramble 1
bong	off 0.1667	peel 0.1667	shining 0.3333	snow 0.1667	white 0.1667
bong_bóng	balloon 0.25	bladder 0.25	bubble 0.5
bong_gân	sprain 1
bonsai	bonsai 1
boong	deck 1
boong_boong	resound 0.5	ring 0.5
bougie	plug 0.5	spark 0.5
boí	angur 0.3333	divine 0.3333	foretell 0.3333
boí_cá	kingfisher 1
brasil	brazil 1
brics	brics 1
brisbane	brisbane 1
brom	bromine 1
brunei	brunei 1
bruxelles	brussels 1
btv	committee 0.5	standing 0.5
bu	bamboo 0.25	cage 0.25	mama 0.5
buenos_aires	aires 0.5	buenos 0.5
bugi	plug 0.5	spark 0.5
bulgaria	bulgaria 1
bung	big 0.1111	boil 0.1667	burst 0.1667	cooking 0.1111	open 0.1667	pot 0.1111	pulp 0.1667
bung_búng	chokefull 1
bung_bủng	sallowish 1
bung_xung	scapegoat 0.5	stooge 0.5
buryatia	buryatia 1
busan	busan 1
business	establishment 1
but_not_casual	name 0.5	what 0.25	what's 0.25
buà	amulet 0.5	charm 0.5
buà_bả	bait 0.5	charm 0.5
buà_chú	amulet 1
buà_mê	charm 1
buà_yêu	charm 0.25	love 0.25	philtre 0.5
buá	axe 0.3333	hammer 0.3333	nammer 0.3333
buá_và_liềm	hammer 0.5	sickle 0.5
buì	buttery 0.3333	having 0.3333	taste 0.3333
buì_nguì	melancholy 1
buì_nhuì	bamboo 0.1111	shavings 0.1111	skein 0.2778	straw 0.1667	tinder 0.3333
buì_tai	honeyed 0.5	palatable 0.5
buôn	sell 0.5	trade 0.5
buôn_bán	commerce 0.5	trade 0.5
buôn_bạc	currencies 0.3333	deal 0.3333	foreign 0.3333
buôn_cất	trade 0.5	wholesale 0.5
buôn_lâụ	smuggle 1
buôn_ngươì	slaves 0.5	trade 0.5
buông	down 0.125	drop 0.25	go 0.125	let 0.375	loose 0.125
buông_lỏng	relax 1
buông_miệng	mouth 0.3333	open 0.3333	speak 0.3333
buông_rơi	drop 1
buông_tay	knock 0.25	off 0.25	stop 0.25	work 0.25
buông_tha	disengage 0.5	spare 0.5
buông_thả	abandon 1
buông_trôi	drift 0.5	let 0.5
buông_tuồng	indulgent 0.5	self 0.5
buông_xuôi	course 0.3333	let 0.3333	run 0.3333
buôì	cock 0.5	prick 0.5
buôỉ	length 0.1	moment 0.2	period 0.2	spell 0.2	time 0.3
buôỉ_chiêù	afternoon 0.6667	evening 0.3333
buôỉ_hoà_nhạc	concert 1
buôỉ_lễ	ceremony 1
buôỉ_sáng	morning 1
buôỉ_sớm_tinh_mơ	dawn 1
buôỉ_trưa	midday 0.3333	noon 0.6667
buôỉ_tôí	evening 0.5	night 0.375	time 0.125
buýt	bus 1
buả	cast 0.3333	forked 0.1111	like 0.1111	nest 0.1111	net 0.1111	surround 0.1111	twigs 0.1111
buả_vây	besiege 0.5	encircle 0.5
buị	bush 0.1667	clump 0.1667	dust 0.3333	grove 0.1667	spray 0.1667
buị_bặm	dust 1
buị_hồng	dust 0.1667	earth 0.3333	red 0.1667	world 0.3333
buị_rậm	bush 0.5	thicket 0.5
buị_đơì	derelict 0.25	loose 0.25	street 0.25	urchin 0.25
buốt	biting 0.3333	cold 0.08333	feeling 0.1667	pain 0.08333	sharp 0.3333
buồm	sail 1
buồm_laí	mizen 0.5	sail 0.5
buồm_muĩ	foresail 1
buồn	blue 0.1111	feeling 0.05556	gray 0.1111	grieved 0.1111	itch 0.05556	melancholy 0.1111	sad 0.2222	sadness 0.1111	ticklish 0.1111
buồn_bã	gray 0.3333	melancholy 0.3333	sad 0.3333
buồn_bực	fretty 0.5	sad 0.5
buồn_cươì	funny 1
buồn_lòng	hearted 0.5	heavy 0.5
buồn_ngủ	feel 0.5	sleepy 0.5
buồn_nôn	feel 0.5	sick 0.5
buồn_phiền	sad 0.5	worried 0.5
buồn_râù	looking 0.25	sad 0.25	sorrowful 0.5
buồn_rươị	sad 1
buồn_thiu	gloomily 0.5	sad 0.5
buồn_thảm	dismal 1
buồn_tênh	sad 1
buồn_tình	bored 0.5	end 0.25	loose 0.25
buồn_tẻ	dull 0.5	humdrum 0.5
buồng	bunch 0.25	chamber 0.25	room 0.5
buồng_giâý	bureau 0.3333	office 0.3333	study 0.3333
buồng_hoa	capitulum 1
buồng_khuê	boudoir 0.5	bower 0.5
buồng_khí	chamber 0.5	gas 0.5
buồng_không	room 0.5	solitary 0.5
buồng_laí	bridge 0.1667	cab 0.3333	room 0.1667	steering 0.3333
buồng_maý	engine 0.5	room 0.5
buồng_trứng	ovary 1
buồng_tôí	dark 0.5	room 0.5
buồng_tắm	bathroom 1
buộc	bind 0.3333	compel 0.1667	force 0.1667	lay 0.1667	tie 0.1667
buộc_b	hand 1
buộc_lòng	reluctantly 1
buộc_tôị	accuse 0.5	charge 0.5
buột	down 0.08333	let 0.1667	off 0.125	out 0.2083	slip 0.4167
byte	byte 1
bà	grandmother 0.1429	lady 0.1429	madam 0.1429	mrs 0.1429	much 0.07143	one 0.1429	thank 0.07143	you 0.1429
bà_ba	pajamas 0.3333	south 0.3333	vietnamese 0.3333
bà_bô	mother 1
bà_chuá	princess 0.5	queen 0.5
bà_chuá_tuyết	queen 0.5	snow 0.5
bà_chằng	ogress 1
bà_chị	elder 0.25	sister 0.25	you 0.5
bà_chủ	mistress 1
bà_con	fellow 0.25	neighbour 0.25	relation 0.25	relative 0.25
bà_cô	dead 0.08333	girl 0.08333	nubile 0.08333	scold 0.25	spinster 0.25	termagant 0.25
bà_cụ	lady 0.25	old 0.5	woman 0.25
bà_gia	law 0.5	mother 0.5
bà_hoàng	princess 0.5	queen 0.5
bà_la_môn	brahman 1
bà_lớn	madam 1
bà_mụ	midwife 0.75	village 0.25
bà_ngoaị	grandmother 0.75	maternal 0.25
bà_nhạc	law 0.5	mother 0.5
bà_nôị	grandmother 0.75	paternal 0.25
bà_phước	catholic 0.1667	charity 0.1667	nun 0.1667	sister 0.5
bà_quản_gia	housekeeper 1
bà_trưởng_tu_viện	abbess 1
bà_trẻ	concubine 0.25	grandaunt 0.5	grandfather's 0.25
bà_vaĩ	buddhist 0.5	nun 0.5
bà_xơ	nun 1
bà_âý	she 1
bà_đỡ	midwife 1
bà_đỡ_đẻ	midwife 1
bàn	table 1
bàn_bạc	consult 0.25	deliberate 0.25	discuss 0.25	exchange 0.125	views 0.125
bàn_caĩ	argue 0.5	debate 0.5
bàn_chaỉ	brush 1
bàn_chaỉ_đánh_răng	toothbrush 1
bàn_chân	foot 1
bàn_chông	board 0.5	spike 0.5
bàn_cuốc	hoeblade 0.5	shaped 0.5
bàn_cờ	board 0.1667	chequered 0.1667	chessboard 0.6667
bàn_dân_thiên_hạ	everyone 0.5	everywhere 0.5
bàn_ghế	furniture 1
bàn_giao	hand 0.2	handover 0.2	over 0.2	transfer 0.4
bàn_giâý	desk 0.25	office 0.25	secretariat 0.25	table 0.125	writing 0.125
bàn_hoàn	anxious 0.5	worried 0.5
bàn_luì	argue 0.5	refuse 0.5
bàn_luận	discuss 1
bàn_là	iron 1
bàn_maì	grater 1
bàn_mảnh	discussions 0.3333	hold 0.3333	private 0.3333
bàn_mổ	operating 0.5	table 0.5
bàn_phím	keyboard 1
bàn_ra	dissuade 1
bàn_ren	cutter 0.5	srew 0.5
bàn_soạn	arrange 0.25	discuss 0.5	organize 0.25
bàn_tay	hand 1
bàn_thạch	rock 0.5	steady 0.5
bàn_thấm	blotter 1
bàn_thờ	altar 1
bàn_toạ	buttock 1
bàn_tròn	round 0.5	table 0.5
bàn_tính	abacus 0.6667	arrange 0.1667	discuss 0.1667
bàn_uỉ	iron 1
bàn_xoa	hawk 0.5	plasterer's 0.5
bàn_ăn	dining 0.5	table 0.5
bàn_đèn	opium 0.5	tray 0.5
bàn_đạp	jumping 0.06667	off 0.06667	pedal 0.2	place 0.06667	springboard 0.2	stirrup 0.2	treadle 0.2
bàn_định	decide 0.5	discussion 0.5
bàn_độc	altar 0.5	reading 0.25	table 0.25
bàng	almendron 0.25	almond 0.3333	indian 0.125	malabar 0.08333	tree 0.08333	tropical 0.125
bàng_bạc	overflow 0.5	teem 0.5
bàng_hoàng	stunned 0.5	stupefied 0.5
bàng_hệ	collateral 0.5	line 0.5
bàng_quan	look 1
bàng_quang	bladder 0.75	urinary 0.25
bàng_thính	listen 1
bành	howdah 1
bành_trướng	expand 0.5	spread 0.5
bành_tô	overcoat 0.25	short 0.25	topcoat 0.5
bành_voi	howdah 1
bá	arns 0.08333	aunt 0.1667	chief 0.08333	earldom 0.1667	embrace 0.1667	fold 0.08333	hug 0.1667	vassal 0.08333
bá_caó	broadcast 0.5	disseminate 0.25	widely 0.25
bá_chủ	dominator 0.5	suzerain 0.5
bá_hộ	man 0.3333	rich 0.3333	village 0.3333
bá_láp	disorderly 1
bá_nghiệp	suzerainty 1
bá_quan	all 0.3333	court 0.3333	officials 0.3333
bá_quyền	hegemony 1
bá_tánh	people 0.5	population 0.5
bá_tước	count 0.5	earl 0.5
bá_tước_phu_nhân	countess 1
bá_vương	overlord 0.5	suzerain 0.5
bá_âm	broadcast 1
bác	aunt 0.08333	boy 0.04167	dismiss 0.08333	down 0.04167	father's 0.02778	law 0.02778	old 0.04167	paternal 0.04167	refute 0.08333	reject 0.08333	scramble 0.08333	sister 0.02778	turn 0.04167	uncle 0.2083	you 0.08333
bác_aí	humane 1
bác_bẻ	criticize 1
bác_cổ	archaeologic 1
bác_cổ_thông_kim	erudite 0.5	knowledge 0.25	wide 0.25
bác_học	learned 0.375	man 0.125	savant 0.25	scholarly 0.25
bác_sĩ	doctor 0.6	physician 0.4
bác_sĩ_chưã_mắt	ophthalmologist 1
bác_sĩ_khoa_nhi	pediatrician 1
bác_sĩ_nhi	pediatrician 1
bác_sĩ_y_khoa	doctor 1
bác_vật	engineer 0.5	erudition 0.5
bách	cypress 0.375	hundred 0.25	skiff 0.125	tree 0.125	wooden 0.125
bách_bổ	all 0.3333	round 0.3333	tonic 0.3333
bách_bộ	constitutional 0.1667	go 0.5	stroll 0.1667	walk 0.1667
bách_chiến	battle 0.5	seasoned 0.25	tested 0.25
bách_chu_niên	centenery 1
bách_hoá	all 0.3333	goods 0.3333	kinds 0.3333
bách_hợp	lily 1
bách_khoa	encyclopaedic 0.5	polytechnic 0.5
bách_khoa_toàn_thư	encyclopaedia 0.5	encyclopedia 0.5
bách_nghệ	arts 0.5	crafts 0.5
bách_phân	celsius 0.3333	centesimal 0.3333	centigrade 0.3333
bách_sinh	hecatomb 1
bách_thanh	shrike 1
bách_thaỏ	all 0.3333	plants 0.3333	whole 0.3333
bách_thú	all 0.3333	animals 0.3333	whole 0.3333
bách_tán	araucaria 1
bách_tính	common 0.25	masses 0.5	people 0.25
bám	fast 0.1667	hang 0.3333	sponge 0.3333	stick 0.1667
bám_riết	tread 1
bám_trụ	hold 1
bán	sell 1
bán_buôn	sell 0.5	wholesale 0.5
bán_bình_nguyên	peneplain 1
bán_chiụ	credit 0.5	sell 0.5
bán_chác	sell 0.5	trade 0.5
bán_chính_thức	official 0.5	semi 0.5
bán_câù	hemisphere 1
bán_công_khai	official 0.25	public 0.25	semi 0.5
bán_cấp	subacute 1
bán_daọ	hawk 0.5	peddle 0.5
bán_dẫn	conducting 0.25	semi 0.25	transistorized 0.5
bán_khai	civilized 0.5	half 0.5
bán_kính	radius 1
bán_kết	final 0.25	semi 0.25	semifinal 0.5
bán_lẻ	retail 0.5	sell 0.5
bán_nam_bán_nữ	bisexul 1
bán_nguyên_âm	semi 0.5	vowel 0.5
bán_nguyệt	circle 0.5	half 0.25	semi 0.25
bán_nguyệt_san	bimonthly 0.5	fortnightly 0.5
bán_niên	semestrial 1
bán_non	ears 0.5	sell 0.5
bán_phong_kiến	feudal 0.5	semi 0.5
bán_phụ_âm	consonant 0.5	semi 0.5
bán_quân_sự	paramilitary 1
bán_rao	ballyhoo 0.5	cry 0.5
bán_thaó	out 0.5	sell 0.5
bán_thành_phẩm	finished 0.3333	product 0.3333	semi 0.3333
bán_thân	bust 0.5	half 0.25	length 0.25
bán_thấm	permeable 0.5	semi 0.5
bán_tín_bán_nghi	doubtful 0.5	remain 0.25	undecided 0.25
bán_tự_động	automatic 0.5	semi 0.5
bán_xon	clearance 0.5	sell 0.5
bán_xơí	country 0.3333	leave 0.3333	native 0.3333
bán_ý_thức	consciousness 0.5	semi 0.5
bán_đaỏ	peninsula 1
bán_đaỏ_triêù_tiên	korean 0.5	peninsula 0.5
bán_đaỏ_trung_ấn	indochina 1
bán_đaỏ_ả_rập	arabian 0.5	peninsula 0.5
bán_đâú_giá	auction 0.75	sell 0.25
báng	ascites 0.2	bamboo 0.1	butt 0.2	gore 0.2	pipe 0.1	rifle 0.1	stock 0.1
báng_bổ	blasphemy 0.25	colorful 0.25	profane 0.25	profanities 0.08333	towards 0.08333	use 0.08333
bánh	cake 1
bánh_bao	dumpling 1
bánh_beò	cake 0.5	rice 0.5
bánh_bò	cake 0.5	rice 0.25	sponge 0.25
bánh_bột_ngô_nướng	corn 0.5	flakes 0.5
bánh_chay	dumpling 0.3333	glutinous 0.3333	rice 0.3333
bánh_chè	cap 0.1667	knee 0.3333	pan 0.1667	patella 0.3333
bánh_cưả_hàng	sweetshop 1
bánh_hanva	halva 1
bánh_khaỏ	cake 0.3333	short 0.3333	sweet 0.3333
bánh_khoaí	flan 0.3333	plain 0.3333	rice 0.3333
bánh_laí	rudder 0.3333	steering 0.1667	wheel 0.5
bánh_mì	bread 1
bánh_mì_kẹp	sandwich 1
bánh_mì_pháp	baguette 0.5	bread 0.25	french 0.25
bánh_mật	halva 1
bánh_ngọt	cake 0.5	gateau 0.5
bánh_nướng	pie 1
bánh_nếp	cake 0.3333	glutinous 0.3333	rice 0.3333
bánh_phồng	chupatty 0.3333	glutinous 0.3333	rice 0.3333
bánh_phở	noodle 0.5	rice 0.5
bánh_pizza	pizza 1
bánh_quy	biscuit 1
bánh_quế	waffle 1
bánh_rán	doughnut 0.6667	glutinous 0.1667	rice 0.1667
bánh_răng	bevel 0.1667	cog 0.1667	cogwheel 0.3333	gear 0.1667	wheel 0.1667
bánh_traí	cakes 1
bánh_trung_thu	mooncake 1
bánh_tráng	pancake 0.5	paper 0.25	rice 0.25
bánh_tẻ	cake 0.5	rice 0.5
bánh_vẽ	allusion 0.25	cake 0.25	fine 0.25	picture 0.25
bánh_xe	wheel 1
bánh_xốp	wafer 1
bánh_đa	dry 0.5	pancake 0.5
bánh_đa_nem	rice 0.5	sheet 0.5
bánh_đà	fly 0.5	wheel 0.5
bánh_đúc	cake 0.5	rice 0.5
bát	bowl 0.25	eight 0.25	pint 0.25	share 0.125	tontine 0.125
bát_bưủ	eight 0.5	weapons 0.5
bát_chiết_yêu	bowl 0.3333	slender 0.3333	waisted 0.3333
bát_châụ	big 0.25	bowl 0.25	handleless 0.1667	lidless 0.1667	tureen 0.1667
bát_giác	octagon 0.5	octagonal 0.25	shape 0.25
bát_giơí	buddha 0.3333	eight 0.3333	teachnings 0.3333
bát_hương	bowl 0.1667	burner 0.25	incense 0.25	joss 0.1667	stick 0.1667
bát_mâũ	bowl 0.5	china 0.5
bát_ngát	immense 0.3333	limitless 0.3333	vast 0.3333
bát_nhaó	higgledy 0.25	piggledy 0.25	topsyturvy 0.5
bát_phố	loiter 0.5	streets 0.5
bát_quaí	eight 0.3333	figure 0.3333	sign 0.3333
bát_sách	card 0.3333	name 0.3333	playing 0.3333
bát_tiên	eight 0.5	fairies 0.5
bát_trân	dishes 0.3333	eight 0.3333	precious 0.3333
bát_tuần	eight 0.5	years 0.5
bát_âm	octet 1
bâng_khuâng	dazed 0.5	longing 0.5
bâng_quơ	vague 1
bâu	collar 0.1667	crowd 0.1667	mob 0.1667	over 0.08333	pocket 0.1667	round 0.08333	swarm 0.1667
bây	brazen 1
bây_bâỷ	violently 1
bây_dai	long 1
bây_giờ	now 0.8333	right 0.1667
bây_nhiêu	many 0.5	much 0.5
bâù	breastful 0.3333	gourd 0.3333	ovary 0.3333
bâù_bán	elect 1
bâù_bâụ	sagging 1
bâù_bí	cucurbit 1
bâù_bĩnh	chubby 0.5	plump 0.5
bâù_bạn	friends 1
bâù_cử	election 0.5	vote 0.5
bâù_dục	elliptical 0.25	kidney 0.375	oval 0.25	shaped 0.125
bâù_giác	cup 0.5	suction 0.5
bâù_rươụ	gourd 0.5	wine 0.5
bâù_trơì	firmament 0.3333	heaven 0.1667	sky 0.3333	vault 0.1667
bâù_tâm_sự	heart 1
bâù_vú	udder 1
bâù_đoàn	retinue 1
bâú	nip 0.25	off 0.25	pinch 0.5
bâú_viú	fast 0.25	hold 0.25	lean 0.5
bâý	green 0.1429	immature 0.1429	meltingly 0.07143	much 0.1429	pulpy 0.1429	soft 0.07143	tender 0.1429	then 0.1429
bâý_bá	meltingly 0.5	soft 0.5
bâý_châỳ	ever 0.1667	long 0.5	since 0.3333
bâý_chừ	then 1
bâý_giờ	then 0.5	time 0.5
bâý_lâu	long 0.75	since 0.25
bâý_nay	now 0.3333	then 0.3333	till 0.3333
bâý_nhiêu	much 1
bâụ	alight 0.2	door 0.1	over 0.1	sill 0.1	swarm 0.1	thou 0.2	you 0.2
bâỳ	band 0.1667	flock 0.3333	gang 0.1667	herd 0.3333
bâỳ_hâỳ	dirty 1
bâỳ_nhâỳ	but 0.08333	dallying 0.125	dillying 0.125	irresolute 0.25	leathery 0.08333	slimy 0.25	soft 0.08333
bâỵ	brazen 0.2	dirty 0.2	improper 0.2	nonsensical 0.2	wrong 0.2
bâỵ_bạ	dirty 1
bâỷ	prize 1
bâỹ	ensnare 0.2	entrap 0.2	pitfall 0.2	snare 0.2	trap 0.2
bâỹ_chuột	mousetrap 1
bâỹ_cò_ke	dog 0.5	trap 0.5
bâỹ_mìn	booby 0.5	trap 0.5
bã	dead 0.07143	dogtired 0.1429	exhausted 0.1429	loose 0.07143	refuse 0.1429	residue 0.1429	tasteless 0.07143	tired 0.07143	waste 0.1429
bè	chunky 0.1429	clique 0.1429	floating 0.07143	garden 0.07143	part 0.1429	raft 0.2857	squat 0.1429
bè_antô	alto 1
bè_cánh	clique 0.5	confederacy 0.5
bè_lũ	clique 0.5	gang 0.5
bè_mọn	humble 0.3333	position 0.3333	socially 0.3333
bè_phaí	faction 1
bè_têno	tenor 1
bè_xôpran	soprano 1
bè_đôi	duo 1
bè_đảng	clique 0.3333	faction 0.3333	set 0.3333
bèn	then 1
bèn_bẹt	flattish 1
bé	baby 0.1429	little 0.1429	low 0.1429	secondary 0.1429	small 0.1429	soft 0.1429	tiny 0.1429
bé_bỏng	little 0.5	tender 0.5
bé_con	child 0.5	little 0.5
bé_daị	inexperienced 0.5	little 0.5
bé_miệng	authority 0.25	powerless 0.5	without 0.25
bé_nhỏ	little 0.5	small 0.5
bé_tí	minute 0.3333	small 0.3333	tiny 0.3333
bé_tị	small 0.5	tiny 0.5
bén	catch 0.25	set 0.25	sharp 0.25	touch 0.25
bén_hơi	fancy 0.5	take 0.25	to 0.25
bén_muì	accustomed 0.25	attached 0.25	become 0.25	grow 0.25
bén_mảng	come 0.5	near 0.5
béng	clean 0.5	then 0.25	there 0.25
bép_xép	tales 0.5	tell 0.5
bét	last 0.25	least 0.25	lowest 0.25	worst 0.25
bét_nhè	drawl 0.3333	having 0.3333	overdrinking 0.3333
bét_nhé	drawl 0.3333	having 0.3333	overdrinking 0.3333
bét_ra	least 1
bê	bee 0.25	calf 0.25	carry 0.25	interlard 0.25
bê_bôí	pother 0.5	stew 0.5
bê_bết	all 0.1667	over 0.1667	smeared 0.08333	splashed 0.08333	stagnant 0.25	standstill 0.25
bê_tha	debauchery 0.1667	dissipation 0.1667	plunge 0.1667	shabby 0.3333	wallow 0.1667
bê_trễ	leave 0.25	neglect 0.5	undone 0.25
bê_tông	concrete 1
bên	by 0.25	edge 0.25	face 0.25	side 0.25
bên_bị	defendant 1
bên_có	cerdit 0.5	creditor 0.5
bên_cạnh	adjacent 0.125	by 0.125	near 0.125	nearby 0.25	next 0.125	side 0.125	to 0.125
bên_cạnh_đó	nearby 1
bên_dươí	below 0.25	inferior 0.25	lower 0.25	under 0.25
bên_naỳ	here 1
bên_ngoaì	doors 0.1	exterior 0.2	open 0.2	out 0.1	outdoors 0.2	outside 0.2
bên_ngoaị	distaff 0.25	maternel 0.5	side 0.25
bên_nguyên	plaintiff 1
bên_nợ	debit 0.5	debtor 0.5
bên_phaỉ	right 1
bên_side	hand 1
bên_trong	inside 0.3333	interior 0.3333	within 0.3333
bên_trên	above 0.25	over 0.25	upper 0.25	uppermost 0.25
bênh	prize 0.1667	sides 0.3333	tilt 0.3333	up 0.1667
bênh_vực	champion 0.25	defend 0.25	support 0.25	uphold 0.25
bêta	beta 1
bêu	display 0.5	expose 0.25	shame 0.25
bêu_riêú	expose 0.3333	pillory 0.3333	ridicule 0.1667	shame 0.1667
bêu_xâú	discredit 0.3333	dishonuor 0.3333	humiliate 0.3333
bêù_bêụ	flabby 0.5	rather 0.5
bêụ	flabby 1
bêụ_rệch	slipshod 0.3333	slovenly 0.3333	squalid 0.3333
bì	bag 0.2	comparable 0.2	packing 0.2	skin 0.2	tare 0.2
bì_bà_bì_bõm	much 0.3333	noise 0.3333	plashing 0.3333
bì_bõm	noise 0.25	plashing 0.25	plashingly 0.5
bì_bạch	smack 1
bì_bẹt	backward 0.5	behind 0.25	lagging 0.25
bì_bọp	flop 0.5	plop 0.5
bì_phu	skin 1
bì_phôi	blastoderm 1
bì_sì	few 0.25	taciturn 0.5	words 0.25
bì_thư	envelope 1
bì_tiên	leather 0.5	whip 0.5
bìm_bìm	bindweed 1
bìm_bịp	boucal 1
bình	china 0.07143	container 0.1429	decanter 0.07143	declaim 0.1429	pot 0.1429	recite 0.1429	vase 0.1429	vessel 0.1429
bình_bán	adagio 0.5	tune 0.5
bình_bát	soursop 1
bình_bâù	discussion 0.3333	select 0.3333	through 0.3333
bình_bịch	bike 0.5	motor 0.5
bình_bồng	flotsam 0.5	like 0.5
bình_chân	indifferent 0.3333	unconcerned 0.3333	unruffled 0.3333
bình_chú	comment 0.5	gloss 0.5
bình_chưã_chaý	extinguisher 0.5	fire 0.5
bình_câù	flask 1
bình_dân	commoner 0.5	popular 0.5
bình_dị	chastity 0.5	ordinary 0.25	simple 0.25
bình_giá	appraise 0.1667	discussion 0.1667	review 0.5	through 0.1667
bình_hương	burner 0.25	censer 0.5	incense 0.25
bình_luận	comment 1
bình_lưu	advection 1
bình_lặng	peaceful 0.25	quiet 0.75
bình_minh	dawn 0.6667	sunrise 0.3333
bình_mực	inkwell 1
bình_nghị	assess 0.3333	discussion 0.3333	through 0.3333
bình_nguyên	plain 1
bình_nhân	popular 1
bình_nhưỡng	pyongyang 1
bình_nhật	everyday 1
bình_phong	screen 1
bình_phun	aerosol 1
bình_phóng	spitton 1
bình_phương	noun 0.3333	square 0.3333	verb 0.3333
bình_phẩm	comment 0.5	judgment 0.5
bình_phục	again 0.1667	health 0.1667	recover 0.3333	regain 0.1667	well 0.1667
bình_quyền	enjoying 0.3333	equal 0.3333	rights 0.3333
bình_quân	average 1
bình_sinh	lifetime 1
bình_thuỷ	bottle 0.25	flask 0.25	thermos 0.5
bình_thường	common 0.1429	indifferent 0.1429	normal 0.2857	ordinary 0.1429	usual 0.2857
bình_thường_hoá	normal 0.25	normalize 0.5	restore 0.25
bình_thản	calm 0.25	quiet 0.25	uneventful 0.25	unruffled 0.25
bình_trị	govern 0.25	peace 0.5	rule 0.25
bình_tâm	calm 0.5	cool 0.25	headed 0.25
bình_tình	fairly 0.5	frankly 0.5
bình_tích	china 0.5	teapot 0.5
bình_tĩnh	calm 0.25	cool 0.25	selfpossessed 0.25	unruffled 0.25
bình_tươi	can 0.5	watering 0.5
bình_vôi	lime 0.3333	pot 0.3333	slaked 0.3333
bình_xịt_hơi_cay	pepper 0.5	spray 0.5
bình_yên	good 0.1667	health 0.1667	safe 0.25	security 0.1667	sound 0.25
bình_điạ	ground 0.5	level 0.5
bình_điện	battery 0.5	dynamo 0.1667	size 0.1667	small 0.1667
bình_đẳng	equal 1
bình_định	binh 0.08333	commune 0.08333	disorder 0.125	mental 0.125	pacify 0.25	quell 0.25	thanh 0.08333
bình_độ	altitude 0.3333	height 0.3333	level 0.3333
bình_ổn	stabilize 1
bí	close 0.1667	fix 0.1667	hard 0.08333	pressed 0.08333	pumpkin 0.1667	stalemate 0.1667	stuffy 0.1667
bí_beng	topsy 0.5	turvy 0.5
bí_danh	alias 0.5	code 0.25	name 0.25
bí_hiểm	unfathomable 0.5	unscrutable 0.5
bí_mật	cladestine 0.25	secret 0.5	secrret 0.25
bí_ngô	pumpkin 1
bí_quyết	decisive 0.08333	factor 0.08333	key 0.3333	knack 0.1667	secret 0.1667	trick 0.1667
bí_thư	party 0.08333	private 0.08333	secretary 0.8333
bí_truyền	down 0.1667	esoteric 0.5	handed 0.1667	secretly 0.1667
bí_tỉ	dead 0.5	drunk 0.5
bí_xanh	courgette 1
bí_đao	melon 0.5	winter 0.5
bí_đaí	retention 0.5	urine 0.5
bí_ẩn	enigmatic 0.3333	mysterious 0.3333	mystery 0.3333
bích	bluish 0.5	green 0.5
bích_baó	newspaper 0.5	wall 0.5
bích_chương	poster 1
bích_hoạ	painting 0.5	rock 0.25	wall 0.25
bích_ngọc	emerald 1
bím	hair 0.25	pigtail 0.5	plait 0.25
bím_tóc	braid 0.5	plait 0.5
bính	heaven's 0.3333	stem 0.3333	third 0.3333
bính_bong	ding 0.5	dong 0.5
bính_boong	ding 0.5	dong 0.5
bính_âm	pinyin 1
bính_âm_hán_ngữ	hanyu 0.5	pinyin 0.5
bíp	beep 1
bít	block 0.3333	seal 0.3333	stop 0.3333
bít_tất	sock 0.3333	socks 0.3333	stockings 0.3333
bít_tất_tay	gloves 1
bò	beef 0.125	cow 0.25	crawl 0.25	creep 0.125	ox 0.25
bò_biá	popiah 1
bò_caí	cow 1
bò_cạp	scorpion 1
bò_daí	bull 1
bò_mộng	bull 1
bò_rừng	bison 1
bò_sát	reptile 1
bò_tây_tạng	yak 1
bò_tót	gaur 0.5	gayal 0.5
bò_u	zebu 1
bò_xạ	musk 0.5	ox 0.5
bò_đực	bull 1
bòn	amount 0.1667	every 0.1667	save 0.1667	squeeze 0.5
bòn_cuả	money 0.5	squeeze 0.5
bòn_rút	squeeze 1
bòng	shaddock 1
bòng_bong	bamboo 0.25	lygodium 0.5	shavings 0.25
bòng_chanh	kingfisher 1
bó	bind 0.2	bunch 0.2	bundle 0.2	faggot 0.2	tie 0.2
bó_buộc	bind 0.3333	constraint 0.1111	oblige 0.3333	put 0.1111	under 0.1111
bó_gôí	unable 1
bó_hoa	bouquet 1
bó_luá	corn 0.5	sheaf 0.5
bó_thân	deprive 0.5	liberty 0.5
bóc	husk 0.3333	peel 0.3333	skin 0.3333
bóc_lột	plunder 0.3333	rob 0.3333	sweat 0.3333
bón	fertilize 0.5	manure 0.5
bóng	ball 0.125	balloon 0.0625	bladder 0.02083	blub 0.0625	chimney 0.0625	dried 0.02083	fish 0.02083	football 0.0625	glossy 0.0625	polished 0.0625	reflection 0.0625	shade 0.0625	shadow 0.125	shimy 0.0625	transistor 0.0625	vale 0.0625
bóng_baỷ	flashy 0.5	glomy 0.5
bóng_bàn	table 0.5	tennis 0.5
bóng_bâù_dục	american 0.25	football 0.25	rugby 0.5
bóng_chaỳ	baseball 1
bóng_chuyền	volleyball 1
bóng_cá	bladder 0.5	swim 0.5
bóng_dáng	figure 0.3333	silhowette 0.3333	stamp 0.3333
bóng_gió	allusive 0.5	hint 0.5
bóng_loáng	lustrous 1
bóng_ma	specter 1
bóng_mềm	softball 1
bóng_rổ	basketball 1
bóng_trăng	moonlight 0.5	moonshine 0.5
bóng_tôí	dark 0.3333	darkness 0.3333	shadow 0.3333
bóng_viá	heart 0.5	spirit 0.5
bóng_đá	soccer 1
bóng_đèn	bulb 0.25	lamplight 0.5	light 0.25
bóp	apply 0.1667	crush 0.08333	fingers 0.08333	hand 0.08333	press 0.25	put 0.1667	sound 0.1667
bóp_bụng	everything 0.25	stint 0.25	stomach 0.5
bóp_chẹt	harmstring 1
bóp_chết	crush 0.5	quell 0.5
bóp_coì	hoot 0.5	sound 0.5
bóp_cổ	fleece 0.3333	oppress 0.1667	ruthlessly 0.1667	sting 0.3333
bóp_meó	distort 0.5	wrest 0.5
bóp_miệng	everything 0.25	food 0.25	stint 0.5
bóp_muĩ	bully 0.5	easily 0.5
bóp_mắt	overcharge 1
bóp_nghẹt	stiffle 0.5	strangle 0.5
bóp_nặn	bleed 0.5	white 0.5
bóp_trán	brains 0.5	cudgel 0.5
bót	cigarette 0.25	holder 0.25	police 0.25	station 0.25
bô	chamber 0.5	pot 0.5
bô_bô	loudly 0.5	openly 0.5
bô_laõ	elder 0.5	notable 0.5
bôi	apply 0.1667	contrive 0.1667	erase 0.1667	halves 0.1667	out 0.08333	perfunctorily 0.1667	rub 0.08333
bôi_bác	carelessly 0.125	halves 0.25	perform 0.125	smear 0.25	stain 0.25
bôi_bẩn	blur 1
bôi_mỡ	farter 1
bôi_nhọ	smear 0.5	sully 0.5
bôi_trơn	lubricate 1
bôm	apple 1
bôn	rush 1
bôn_ba	scurry 1
bông	bloom 0.1111	cotton 0.2037	ear 0.2222	flower 0.2222	fluff 0.1111	like 0.03704	material 0.03704	wool 0.05556
bông_băng	dressing 1
bông_caỉ_trắng	cauliflower 1
bông_gòn	absorbent 0.1111	cotton 0.2778	kapok 0.3333	silk 0.1667	wool 0.1111
bông_lau	bulbul 1
bông_lông	aimless 1
bông_lơn	jest 0.5	wag 0.5
bông_phèng	casually 0.3333	jest 0.3333	nonsensically 0.3333
bông_đuà	joke 1
bôxnia_hecxêgôviná	bosnia 0.5	herzegovina 0.5
bôì	houseboy 0.2	level 0.1	man 0.1	raise 0.1	servant 0.1	strengthen 0.2	waiter 0.2
bôì_bút	hack 0.5	publicist 0.25	writer 0.25
bôì_bếp	male 0.5	servants 0.5
bôì_bổ	foster 0.3333	increase 0.3333	strengthen 0.3333
bôì_dưỡng	cultivate 0.2	feed 0.1	foster 0.2	improve 0.2	recycle 0.2	up 0.1
bôì_hoàn	money 0.25	property 0.25	refund 0.25	return 0.25
bôì_hôì	fret 0.5	fretty 0.5
bôì_thường	compensate 0.25	compensation 0.375	damages 0.125	pay 0.25
bôì_thẩm	assessor 1
bôì_trúc	consolidate 0.5	strengthen 0.5
bôì_tích	alluvium 1
bôì_tế	assistant 1
bôì_tụ	alluvia 0.5	deposit 0.5
bôì_đắp	consolidate 0.3333	level 0.1667	raise 0.1667	reinforce 0.3333
bôí_cảnh	background 0.6667	setting 0.3333
bôí_rôí	baffled 0.3333	embarrassed 0.3333	puzzled 0.3333
bôỉ	chaff 0.5	grass 0.1667	mixed 0.1667	twigs 0.1667
bôị	act 0.1	break 0.2	counter 0.1	greater 0.2	multifold 0.2	multiple 0.2
bôị_bạc	thankless 0.5	ungrateful 0.5
bôị_chi	overspending 1
bôị_chung	common 0.5	multiple 0.5
bôị_giaó	apostatize 1
bôị_hoàn	collar 0.5	pearls 0.5
bôị_hoạt	suractived 1
bôị_nghiã	ingrate 1
bôị_nhiễm	surinfection 1
bôị_phát	issue 0.5	over 0.5
bôị_phản	betray 1
bôị_phần	again 0.3333	many 0.3333	times 0.3333
bôị_số	multiple 1
bôị_thu	more 0.3333	usual 0.3333	yield 0.3333
bôị_thề	perjure 1
bôị_thực	indigestion 1
bôị_tinh	decoration 0.5	order 0.5
bôị_tín	confidence 0.3333	play 0.3333	trick 0.3333
bôị_ơn	ungrateful 1
bôị_ước	break 0.5	promise 0.5
bõ	beadle 0.1667	compensate 0.1667	man 0.05556	meet 0.08333	old 0.05556	servant 0.05556	trouble 0.08333	verger 0.1667	wish 0.08333	worth 0.08333
bõ_bèn	adequate 0.3333	sufficient 0.3333	worthwhile 0.3333
bõ_công	troubling 0.25	while 0.25	worth 0.5
bõ_cơn_giận	anger 0.5	satisfy 0.5
bõ_ghét	dislike 0.5	vent 0.5
bõm	flop 1
bõng	watery 1
bù	compensate 0.2	dishevelled 0.2	good 0.2	unkept 0.2	up 0.2
bù_hao	compensate 0.25	loss 0.5	up 0.25
bù_khú	hobnob 1
bù_laị	return 1
bù_lu_bù_loa	hullabaloo 0.5	raise 0.5
bù_lỗ	compensation 0.5	losses 0.5
bù_nhìn	dummy 0.2	puppet 0.4	quisling 0.2	scarecrow 0.2
bù_trì	bring 0.1111	carefully 0.1111	foster 0.3333	help 0.1667	up 0.1111	wholeheartedly 0.1667
bù_trừ	balance 0.5	complement 0.25	mutually 0.25
bù_xù	ruffled 1
bù_xú	unkempt 0.5	untidy 0.5
bù_đâù	ears 0.3333	head 0.3333	over 0.3333
bù_đắp	assist 0.06667	compensate 0.2	down 0.1333	help 0.06667	reciprocate 0.2	settle 0.06667	settling 0.06667	up 0.2
bùm	boom 1
bùn	mud 1
bùn_dơ	mire 0.5	squalor 0.5
bùn_lâỳ	muddy 0.5	slushy 0.5
bùng	break 0.25	flare 0.25	out 0.25	up 0.25
bùng_bùng	blaze 0.5	up 0.5
bùng_bục	cracking 0.25	crambling 0.25	easily 0.5
bùng_chaý	burst 0.5	flames 0.5
bùng_nhùng	flabby 0.5	flaccid 0.5
bùng_nổ	break 0.5	out 0.5
bú	breastfeed 0.3333	suck 0.6667
bú_dù	monkey 1
bún	vermicelli 1
búng	flick 0.3333	flip 0.3333	spin 0.3333
búp	bud 0.5	shoot 0.5
búp_bê	doll 0.6667	dolly 0.3333
bút	brush 0.1667	pen 0.8333
bút_bi	ballpoint 0.5	pen 0.5
bút_chì	pencil 1
bút_ký	notes 1
bút_maý	fountain 0.5	pen 0.5
bút_mực	pen 1
bút_pháp	penmanship 0.5	style 0.25	writing 0.25
băm	chop 0.3333	mince 0.3333	thirty 0.3333
băm_vằm	chop 0.5	up 0.5
băn_khoăn	divided 0.25	mind 0.25	minds 0.25	two 0.25
băng	band 0.2	ice 0.4	ribbon 0.2	tape 0.2
băng_bó	dress 0.8333	wounds 0.1667
băng_ca	stretcher 1
băng_chuyền	belt 0.5	conveyor 0.5
băng_cốc	bangkok 1
băng_dính	scotch 0.5	tape 0.5
băng_dương	glacial 0.5	ocean 0.5
băng_giá	freeze 0.3333	frost 0.6667
băng_huyết	metrorrhagia 1
băng_hà	away 0.1667	glacier 0.3333	lose 0.3333	pass 0.1667
băng_hà_học	glaciology 1
băng_keo	plaster 0.5	sticking 0.5
băng_nguyên	icefeil 1
băng_nhân	matchmaker 1
băng_phiến	ball 0.25	moth 0.25	naphthalene 0.5
băng_sơn	iceberg 1
băng_taỉ	belt 0.5	conveyor 0.5
băng_tuyết	ice 0.25	purity 0.5	snow 0.25
băng_tâm	clear 0.1667	crystal 0.1667	heart 0.4167	pure 0.25
băng_tích	moraine 1
băng_đaỏ	iceland 1
băng_điểm	freezing 0.5	point 0.5
bĩ	unfortunate 0.5	unlucky 0.5
bĩnh	shit 1
bơ	butter 0.6667	cold 0.3333
bơ_phờ	dishevelled 0.3333	haggard 0.3333	ruffled 0.3333
bơ_sưã_trâu_lỏng	ghee 1
bơ_thờ	dazed 1
bơ_thực_vật	margarine 1
bơ_vơ	desolate 0.5	lonely 0.5
bơi	row 0.25	struggle 0.25	swim 0.5
bơi_bướm	butterfly 1
bơi_cheò	oar 0.5	paddle 0.5
bơi_lôị	swim 0.5	swimming 0.5
bơi_ngưả	back 0.5	swim 0.5
bơi_saỉ	stroke 0.3333	trudgen 0.3333	vietnamese 0.3333
bơi_vũ_trang	armed 0.25	fully 0.25	swim 0.5
bơi_xuồng	canoe 1
bơi_đứng	standing 0.3333	swim 0.3333	up 0.3333
bơi_ếch	breast 0.5	stroke 0.5
bơm	blow 0.125	inflate 0.25	pump 0.5	up 0.125
bơm_hút	pump 0.5	suction 0.5
bơm_tiêm	syringe 1
bơm_đâỷ	force 0.5	pump 0.5
bơn	islet 0.3333	river 0.3333	sand 0.3333
bơn_bớt	cut 0.3333	down 0.3333	little 0.3333
bơrin	hogshead 1
bơì_bơì	profuse 1
bơí	abuse 0.1667	bad 0.05556	call 0.05556	dig 0.25	holes 0.08333	name 0.05556	pick 0.08333	scratch 0.08333	up 0.1667
bơí_móc	pick 0.5	pieces 0.5
bơí_tác	fasten 0.3333	hair 0.3333	up 0.3333
bơí_việc	creat 0.4167	difficulties 0.25	more 0.1667	work 0.1667
bơí_xâú	defame 0.3333	denigrate 0.3333	evil 0.1111	say 0.1111	things 0.1111
bơỉ	because 0.5	by 0.5
bơỉ_thế	consequently 0.5	there 0.5
bơỉ_vâỵ	therefore 1
bơỉ_vì	because 1
bư	silly 0.5	stupid 0.5
bưng	carry 0.2	cover 0.2	cup 0.1	hand 0.1	mangrove 0.1	over 0.1	stretch 0.1	swamp 0.1
bưng_biền	area 0.3333	mangrove 0.3333	swamp 0.3333
bưng_bít	cover 0.1667	hush 0.1667	suppress 0.3333	up 0.3333
bưu_chính	post 1
bưu_cục	office 0.5	post 0.5
bưu_kiện	parcel 0.5	post 0.5
bưu_phí	postage 1
bưu_phẩm	matter 0.5	postal 0.5
bưu_thiếp	postcard 1
bưu_tá	mailman 0.6667	postman 0.3333
bưu_tín_viên	clerk 0.5	mail 0.5
bưu_điện	office 0.25	post 0.5	telegraphy 0.25
bưu_ảnh	picture 0.5	postcard 0.5
bưà	easy 0.1	going 0.1	rake 0.2	random 0.2	rash 0.2	topsy 0.1	turvy 0.1
bưà_bộn	disorderly 0.25	littering 0.5	lying 0.25
bưà_caò	rake 1
bưà_chữ_nhi	harrow 0.3333	row 0.3333	tooth 0.3333
bưà_phưá	rash 0.5	rashly 0.5
bưà_điã	pulverizer 1
bưá	mangosteen 0.25	pigheaded 0.5	wild 0.25
bưã	day 0.3333	meal 0.6667
bưã_chiêù	dinner 0.5	supper 0.5
bưã_chén	feasting 1
bưã_cơm	meal 1
bưã_cổ	feast 1
bưã_sáng	breakfast 1
bưã_tiệc	banquet 1
bưã_trưa	dinner 0.5	lunch 0.5
bưã_tôí	dinner 1
bưã_ăn_trưa	lunch 1
bươm	tattered 1
bươm_bướm	butterfly 1
bươn	hasten 0.5	hurry 0.5
bương	bamboo 0.2778	big 0.1111	done 0.3333	size 0.1111	tube 0.1667
bươu	bump 0.5	swell 0.5
bươú	excrescence 0.25	hump 0.5	knob 0.25
bươú_giáp	goitre 1
bươú_gù	gibbosity 1
bươỉ	pomelo 0.6667	shaddock 0.3333
bươỉ_đaò	polemo 0.3333	pulped 0.3333	rosy 0.3333
bươỉ_đường	polemo 0.5	sweet 0.5
bưạ	smegma 0.5	tartar 0.5
bưả	cleave 0.25	improper 0.25	nonsensical 0.25	split 0.25
bước	juncture 0.25	pace 0.25	situation 0.25	step 0.25
bước_hụt	footing 0.5	miss 0.5
bước_lướt	glide 1
bước_ngoặt	point 0.5	turning 0.5
bước_nhaỷ	leap 1
bước_nhaỷ_vọt	bound 0.5	leap 0.5
bước_tiến	advance 1
bước_đi	evolution 0.5	stage 0.5
bước_đâù	initial 1
bước_đường	past 0.25	road 0.1667	stage 0.25	stages 0.1667	traversed 0.1667
bướm_ong	bees 0.25	butterflies 0.25	libertine 0.25	set 0.25
bướng	obstinate 0.3333	self 0.1667	stubborn 0.3333	willed 0.1667
bướng_bỉnh	obstinate 0.3333	stubborn 0.6667
bạ	any 0.5	strengthen 0.5
bạ_ai	one 1
bạc	argent 0.1667	gamble 0.08333	gray 0.1667	money 0.08333	piastre 0.1667	silver 0.3333
bạc_beõ	thankless 0.3333	ungrateful 0.3333	unrewarding 0.3333
bạc_hà	mint 0.5	peppermint 0.5
bạc_hạnh	bad 0.25	luck 0.25	misfortune 0.5
bạc_maù	exhausted 0.3333	impoverished 0.3333	overcropped 0.3333
bạc_mệnh	fate 0.25	hot 0.25	poor 0.25	unhappy 0.25
bạc_nghiã	thankless 0.5	ungrateful 0.5
bạc_nhược	feeble 1
bạc_nhạc	meat 0.5	stringy 0.5
bạc_phau	spotlessly 0.5	white 0.5
bạc_phơ	all 0.25	snowy 0.5	white 0.25
bạc_phận	fate 0.25	misfortune 0.5	unhappy 0.25
bạc_tình	disloyal 0.5	love 0.25	unfaithful 0.25
bạc_ác	ruthless 0.5	uncompassionate 0.5
bạc_đaĩ	ill 0.25	slight 0.5	treat 0.25
bạch	bonze 0.08333	oh 0.1667	thud 0.1667	thuddingly 0.1667	venerable 0.08333	white 0.3333
bạch_biến	vitiligo 1
bạch_chỉ	angelica 1
bạch_cung	house 0.5	white 0.5
bạch_câù	leucocyte 1
bạch_cúc	common 0.5	daisy 0.5
bạch_dương	birch 0.75	tree 0.25
bạch_huyết	lymph 1
bạch_huyết_câù	leucocyte 0.5	leukocyte 0.5
bạch_hâù	diphtheria 0.5	diphtheritis 0.5
bạch_kim	platinum 1
bạch_lạp	tallow 1
bạch_nga	belarus 1
bạch_ngọc	diamond 0.5	spar 0.5
bạch_nhật	broad 0.5	daylight 0.5
bạch_phiến	heroin 1
bạch_quả	ginkgo 1
bạch_thaí	bok 0.5	choy 0.5
bạch_thoaị	chinese 0.25	mandarin 0.25	pekinese 0.5
bạch_thỏ	moon 1
bạch_tuyết	snow 0.5	white 0.5
bạch_tuộc	octopus 0.3333	poulp 0.3333	poulpe 0.3333
bạch_tạng	albinism 1
bạch_yến	bird 0.25	canary 0.25	serin 0.5
bạch_đaí	leucorrhoea 0.5	whites 0.5
bạch_đinh	nobody 0.5	village 0.5
bạch_đàn	eucalyptus 1
bạch_đâù_quân	men's 0.3333	militia 0.3333	old 0.3333
bạch_đâụ_khâú	cardamom 1
bạch_đôi	hinny 1
bạn	comrade 0.2	fellow 0.2	friend 0.4	you 0.2
bạn_bao_nhiêu_tuôỉ	how 0.5	old 0.5
bạn_có_con_không	children 1
bạn_có_khoẻ_không	how 1
bạn_cũ	friend 0.5	old 0.5
bạn_gaí	girlfriend 1
bạn_hàng	customer 0.5	fellow 0.25	trader 0.25
bạn_hưũ	friends 1
bạn_học	fellow 0.5	school 0.5
bạn_khoẻ_không	how 1
bạn_lòng	sweetheart 1
bạn_qua_thư	pal 0.5	pen 0.5
bạn_quê_ở_đâu	where 1
bạn_sống_ở_đâu	live 0.5	where 0.5
bạn_thân	bosom 0.1667	close 0.1667	friend 0.5	intimate 0.1667
bạn_trai	boyfriend 1
bạn_từ_đâu_đến	where 1
bạn_vàng	chum 0.5	dear 0.25	friend 0.25
bạn_đang_làm_gì	doing 0.5	what 0.5
bạn_đơì	companion 0.5	husband 0.25	wife 0.25
bạn_đường	concomitant 0.3333	fellow 0.3333	militant 0.1667	traveller 0.1667
bạn_đọc	reader 1
bạn_ở_đâu	live 0.5	where 0.5
bạnh	broad 0.3333	force 0.1111	open 0.1111	square 0.3333	wide 0.1111
bạt	adrift 0.125	afterword 0.125	buffet 0.125	canvas 0.25	cymbal 0.25	postface 0.125
bạt_chúng	superhuman 1
bạt_hơi	breath 0.5	out 0.5
bạt_mạng	care 0.1667	devil 0.1667	may 0.1667	reckless 0.5
bạt_ngàn	extensive 0.5	innumerable 0.5
bạt_tai	box 0.5	ear 0.5
bạt_thiệp	mannered 0.25	urbane 0.5	well 0.25
bạt_viá	frightened 0.3333	out 0.3333	wits 0.3333
bạt_đaĩ	ill 0.1667	maltreat 0.3333	sight 0.3333	treat 0.1667
bả	bait 0.3333	food 0.1667	lure 0.3333	poisoned 0.1667
bả_lả	familiar 0.3333	improper 0.3333	offensively 0.1667	too 0.1667
bả_vai	flat 0.5	shoulder 0.5
bản	composition 0.25	copy 0.25	mountain 0.125	translation 0.25	village 0.125
bản_baó_caó	report 1
bản_caó_trạng	charge 0.5	sheet 0.5
bản_chất	essence 0.2	essential 0.2	nature 0.4	substance 0.2
bản_chức	we 1
bản_doanh	headquarters 1
bản_dịch	translation 1
bản_gốc	original 1
bản_hát	chant 0.5	song 0.5
bản_in	block 0.5	printing 0.5
bản_in_thử	proof 1
bản_khê	benxi 1
bản_kê	inventory 1
bản_kẽm	zincograph 1
bản_kịch	drama 0.5	play 0.5
bản_lai	original 1
bản_làng	hamlets 0.3333	mountain 0.3333	villages 0.3333
bản_lãnh	ability 0.25	capacity 0.25	fundamental 0.25	stuff 0.25
bản_lĩnh	combined 0.1667	skill 0.1667	spirit 0.1667	stuff 0.5
bản_lề	area 0.1667	connecting 0.1667	hinge 0.5	important 0.1667
bản_mâũ	template 1
bản_mệnh	fate 0.3333	fortune 0.3333	lot 0.3333
bản_ngã	ego 0.5	self 0.5
bản_ngữ	language 0.25	native 0.25	vernacular 0.5
bản_nháp	draft 1
bản_năng	instinct 1
bản_quyền	copyright 1
bản_quán	native 0.5	place 0.5
bản_sao	carbon 0.3333	copy 0.3333	duplicate 0.3333
bản_sắc	character 0.5	colour 0.5
bản_thaỏ	manuscript 1
bản_thân	self 1
bản_thể	essence 1
bản_thể_học	ontology 1
bản_tin	letter 0.5	news 0.5
bản_triêù	dynasty 0.5	ruling 0.5
bản_tâm	intention 1
bản_tính	character 0.1667	inherent 0.1667	innate 0.1667	nature 0.5
bản_tóm_tắt	summary 0.5	synopsis 0.5
bản_văn	text 1
bản_vị	departmentalism 0.3333	regionalistic 0.3333	standard 0.3333
bản_vị_chủ_nghiã	regionalistic 1
bản_xứ	country 0.5	indigenous 0.25	native 0.25
bản_án	judgment 0.5	sentence 0.5
bản_điạ	indigenous 0.5	native 0.5
bản_đúc	stereotype 1
bản_đồ	map 1
bản_đồ_học	cartography 1
bản_đồ_lưu_thông	map 0.5	traffic 0.5
bảng	banner 0.1667	blackboard 0.1667	board 0.1667	list 0.1667	roll 0.1667	table 0.1667
bảng_anh	pound 0.5	sterling 0.5
bảng_chữ_caí	alphabet 1
bảng_danh_dự	honour 0.5	list 0.5
bảng_hiêụ	plate 0.25	shop 0.25	sign 0.5
bảng_kê_món_ăn	menu 1
bảng_lảng	dim 0.5	dusky 0.5
bảng_maù	palette 1
bảng_vàng	candidates 0.1667	honours 0.25	list 0.1667	roll 0.25	successful 0.1667
bảng_đen	blackboard 0.6667	chalkboard 0.3333
bảnh	swell 1
bảnh_bao	groomed 0.1667	smart 0.3333	spruce 0.3333	well 0.1667
bảnh_choẹ	haughty 1
bảnh_mắt	awake 0.25	early 0.5	just 0.25
bảnh_trai	handsome 0.5	smart 0.5
bấc	easter 0.1	easterly 0.06667	monsoon 0.06667	north 0.1667	pith 0.2	rush 0.2	wick 0.2
bấm	cling 0.25	feel 0.25	press 0.25	touch 0.25
bấm_a	finger 1
bấm_bụng	endure 0.1667	reckon 0.3333	silently 0.1667	suppress 0.3333
bấm_chuông	bell 0.5	ring 0.5
bấm_chuột	click 1
bấm_chuột_vaò	click 1
bấm_gan	anger 0.3333	silently 0.3333	suppress 0.3333
bấm_giờ	time 1
bấm_ngọn	buds 0.3333	off 0.3333	pinch 0.3333
bấm_nút	button 0.5	press 0.5
bấm_vaò	click 1
bấn	flustering 0.3333	hard 0.1667	pothering 0.3333	pressed 0.1667
bấp_bênh	staggering 0.2	uncertain 0.2	unsettled 0.2	unstable 0.2	wavering 0.2
bất_an	security 0.25	unsafe 0.5	without 0.25
bất_baọ_động	non 0.5	violence 0.5
bất_biến	immutable 1
bất_bình	discontented 0.5	dissatisfied 0.5
bất_bình_đẳng	unequal 1
bất_bằng	unequal 0.3333	unfair 0.3333	unjust 0.3333
bất_can_thiệp	interference 0.25	intervention 0.25	non 0.5
bất_chính	illicit 0.3333	unrighteous 0.3333	wrongful 0.3333
bất_chấp	anyway 0.25	defiance 0.25	despite 0.25	regardless 0.25
bất_chợt	all 0.5	sudden 0.5
bất_công	unfair 0.6667	unjust 0.3333
bất_cần	care 0.5	don't 0.5
bất_cẩn	careless 1
bất_cập	inadequate 0.25	insufficient 0.25	late 0.125	time 0.25	too 0.125
bất_cố_liêm_sĩ	lost 0.5	shame 0.5
bất_cố_liêm_sỉ	lost 0.5	shame 0.5
bất_cộng_đaí_thiên	deadly 0.5	mortal 0.5
bất_cứ	any 1
bất_diệt	everlasting 0.3333	indefectible 0.3333	undying 0.3333
bất_giác	suddenly 0.5	unexpectedly 0.5
bất_haỏ	bad 1
bất_hiêú	undutiful 1
bất_hoà	disagreement 0.5	each 0.1667	odds 0.1667	other 0.1667
bất_hạnh	poor 0.25	unfortunate 0.25	unlucky 0.5
bất_hợp_hiến	anti 0.5	constitutional 0.5
bất_hợp_lý	illogical 0.3333	irrational 0.3333	unreasonable 0.3333
bất_hợp_pháp	dirty 0.25	illegal 0.25	illegitimate 0.25	illicit 0.25
bất_hợp_thơì	ill 0.5	timed 0.5
bất_hợp_tác	cooperation 0.5	non 0.5
bất_hủ	immortal 1
bất_kham	restive 1
bất_khuất	indomitable 0.3333	undaunted 0.3333	unyielding 0.3333
bất_kể	everything 0.1667	irrespective 0.3333	regardless 0.5
bất_luận	any 1
bất_ly_thân	inseparable 1
bất_lơị	adverse 0.5	unfavourable 0.5
bất_lương	dishonest 1
bất_lịch_sự	discourteous 0.3333	indecorous 0.3333	rude 0.3333
bất_lực	helpless 0.3333	impotent 0.3333	powerless 0.3333
bất_minh	dubious 0.5	shady 0.5
bất_mãn	discontented 0.5	dissatisfied 0.5
bất_nghiã	disloyal 1
bất_ngờ	sudden 0.25	surprise 0.25	unexpected 0.25	unforeseen 0.25
bất_nhân	inhumane 0.5	unfeeling 0.5
bất_nhã	impolite 0.5	rude 0.5
bất_như_ý	according 0.25	liking 0.5	wish 0.25
bất_nhược	rather 0.5	would 0.5
bất_nhất	inconsistent 1
bất_nhẫn	compassionate 0.25	heartless 0.125	pitying 0.25	rather 0.25	ruthless 0.125
bất_nhật	any 0.3333	day 0.3333	future 0.3333
bất_phương_trình	inequation 1
bất_quá	most 1
bất_taì	incapable 1
bất_thuận	unfavourable 1
bất_thường	changeable 0.25	extraordinary 0.25	special 0.25	unusual 0.25
bất_tiện	convenient 0.25	inconvenient 0.5	out 0.125	place 0.125
bất_trung	disloyal 0.5	unfaithful 0.5
bất_trắc	knavish 0.5	unlucky 0.5
bất_trị	incurable 0.3333	refractory 0.3333	unruly 0.3333
bất_tuyệt	unending 1
bất_túc	insufficient 1
bất_tường	ill 0.25	omened 0.25	ominous 0.5
bất_tất	needless 0.5	unnecessary 0.5
bất_tận	unending 1
bất_tỉnh	insensible 0.5	unconscious 0.5
bất_tử	all 0.125	immortal 0.25	rash 0.25	reckless 0.25	sudden 0.125
bất_xâm_phạm	aggression 0.3333	non 0.3333	treaty 0.3333
bất_ý	careless 0.3333	heedless 0.3333	negligent 0.3333
bất_đắc_chí	bitter 0.3333	disappointed 0.3333	frustrated 0.3333
bất_đắc_dĩ	grudging 0.3333	reluctant 0.3333	unavoidable 0.3333
bất_định	unequable 0.5	unstable 0.5
bất_đồ	all 0.1667	sudden 0.1667	suddenly 0.3333	unexpectedly 0.3333
bất_đồng	different 0.25	dissimilar 0.25	simultaneous 0.25	uneven 0.25
bất_động	fixed 0.5	motionless 0.5
bất_động_sản	estate 0.2	immovable 0.1	immovables 0.2	property 0.2	real 0.3
bầm	black 0.25	bluish 0.25	mama 0.5
bần	cork 0.5	poor 0.5
bần_bách	circumstances 0.25	poor 0.5	reduced 0.25
bần_bật	tremulous 1
bần_cùng	abjectly 0.1667	destitude 0.3333	driven 0.1667	extremity 0.1667	poor 0.1667
bần_cùng_hoá	impoverish 0.25	pauperize 0.5	utmost 0.25
bần_huyết	anaemia 1
bần_hàn	destitute 1
bần_nông	hungry 0.1667	land 0.1667	peasant 0.4167	poor 0.25
bần_sĩ	humble 0.5	scholar 0.5
bần_thần	haggard 0.5	worried 0.5
bần_tiện	ignoble 0.25	mean 0.25	poor 0.25	poverty 0.125	stricken 0.125
bần_tăng	bonze 0.25	humble 0.5	monk 0.25
bần_đaọ	hermit 0.5	humble 0.5
bẩm	refer 0.5	sir 0.5
bẩm_chất	inborn 0.25	nature 0.5	trait 0.25
bẩm_sinh	character 0.125	inborn 0.25	innate 0.625
bẩm_tính	character 0.25	disposition 0.5	innate 0.25
bẩn	dirty 0.6667	mean 0.3333
bẩn_chật	want 1
bẩn_mình	menses 1
bẩn_thiủ	dirty 0.6667	mean 0.3333
bẫm	fat 0.5	plentiful 0.5
bậc	class 0.1429	degree 0.1429	grade 0.1429	level 0.1429	rung 0.1429	step 0.1429	tier 0.1429
bậc_anh_taì	genius 1
bậc_cưả	threshold 1
bậc_thâỳ	master 0.5	masterly 0.5
bậm	fat 0.5	firm 0.25	sappy 0.25
bận	about 0.1111	busy 0.1111	causing 0.05556	ears 0.03704	engaged 0.1111	head 0.03704	over 0.03704	put 0.1111	time 0.1111	wear 0.1111	worried 0.1111	worries 0.05556
bận_biụ	busy 1
bận_lòng	anxious 0.5	worried 0.5
bận_rộn	busy 1
bận_tâm	disturbed 0.3333	worried 0.3333	worry 0.3333
bập	deep 0.1667	fast 0.1667	noise 0.1667	slide 0.1667	strike 0.1667	thudding 0.1667
bập_bênh	seesaw 1
bập_bõm	defectively 1
bập_bùng	crescendo 0.1667	diminuendo 0.1667	flickering 0.5	then 0.1667
bập_bẹ	babble 0.5	prattle 0.5
bập_bềnh	bob 1
bập_bỗng	fluctuating 0.5	hobbling 0.5
bật	burst 0.2	pluck 0.2	rebound 0.2	recoil 0.2	spring 0.2
bật_lưả	cigarette 0.25	lighter 0.75
bật_mí	out 1
bật_đèn_xanh	green 0.5	lihgt 0.5
bắc	lay 0.2	north 0.2	set 0.2	span 0.2	stand 0.2
bắc_bán_câù	hemisphere 0.5	northern 0.5
bắc_bậc	haughty 0.5	supercilious 0.5
bắc_carolina	carolina 0.5	north 0.5
bắc_câù	bridge 0.5	fill 0.25	gap 0.25
bắc_cực	arctic 0.3333	north 0.3333	pole 0.3333
bắc_hàn	korea 0.5	north 0.5
bắc_kinh	beijing 1
bắc_nam	north 0.5	south 0.5
bắc_phương_thoaị	mandarin 1
bắc_sĩ_tâm_lý	psychologist 1
bắc_thuộc	chinese 0.5	domination 0.5
bắc_triêù_tiên	korea 0.75	north 0.25
bắc_vĩ_tuyến	north 0.5	parallel 0.5
bắc_âu	europe 0.5	northern 0.5
bắc_đaị_dương	arctic 0.5	ocean 0.5
bắc_đâủ	bear 0.5	great 0.5
bắc_đâủ_thất_tinh	big 0.5	dipper 0.5
bắc_đâủ_tinh	big 0.5	dipper 0.5
bắn	fire 0.1667	gun 0.1667	let 0.08333	off 0.08333	pry 0.08333	shoot 0.3333	up 0.08333
bắn_phá	bombard 0.5	strafe 0.5
bắn_tin	news 0.5	spread 0.5
bắn_tiả	snipe 0.5	sniper 0.5
bắn_tiếng	send 0.5	word 0.5
bắng_nhắng	behave 0.1667	bumble 0.1667	fuss 0.5	like 0.1667
bắp	corn 0.1	indian 0.1	maize 0.4	muscle 0.2	shaped 0.1	shuttle 0.1
bắp_caỉ	cabbage 1
bắp_caỳ	beam 0.5	plough 0.5
bắp_chân	calf 0.5	gastrocnemius 0.5
bắp_ngô	corncob 0.5	ear 0.25	maize 0.25
bắp_non	baby 0.5	corn 0.5
bắp_rang	popcorn 1
bắp_tay	biceps 1
bắp_thịt	muscle 1
bắp_vế	lateralis 0.25	thigh 0.5	vastus 0.25
bắp_đuì	lateralis 0.25	thigh 0.5	vastus 0.25
bắt	catch 0.3333	seize 0.3333	set 0.3333
bắt_buộc	compel 1
bắt_bí	impose 0.5	terms 0.5
bắt_bớ	arrest 1
bắt_caí	draw 0.5	lead 0.5
bắt_chuyện	conversation 0.3333	strike 0.3333	up 0.3333
bắt_chước	ape 0.3333	imitate 0.1667	mimic 0.3333	servilely 0.1667
bắt_chẹt	impose 0.3333	strict 0.3333	terms 0.3333
bắt_chợt	surprise 1
bắt_cóc	abduct 0.25	hijack 0.25	kidnap 0.5
bắt_giam	detain 0.25	imprison 0.25	incarcerate 0.25	prison 0.125	put 0.125
bắt_giọng	cue 1
bắt_gặp	run 0.5	surprise 0.5
bắt_lính	circonscript 0.25	force 0.25	gang 0.25	press 0.25
bắt_lôĩ	against 0.1667	bring 0.1667	charge 0.1667	incriminate 0.5
bắt_mạch	feel 0.5	pulse 0.5
bắt_nạt	bully 1
bắt_nợ	debtor's 0.3333	property 0.3333	seize 0.3333
bắt_phu	coolies 0.3333	force 0.3333	recruit 0.3333
bắt_phạt	fine 0.5	punish 0.5
bắt_quyết	clasping 0.3333	exorcize 0.3333	hands 0.3333
bắt_rễ	root 1
bắt_sống	alive 0.5	capture 0.5
bắt_tay	hands 0.25	join 0.125	set 0.25	shake 0.375
bắt_thăm	draw 0.5	lots 0.5
bắt_treó	cross 1
bắt_tôị	inflict 0.5	punishment 0.5
bắt_vạ	fine 0.5	inflict 0.5
bắt_ép	compel 0.5	force 0.5
bắt_đâù	begin 0.4	beginning 0.2	start 0.4
bắt_đền	compensation 0.5	force 0.5
bằm	chop 0.5	up 0.5
bằm_vằm	chop 0.5	up 0.5
bằng	certificate 0.06667	diploma 0.06667	eagle 0.06667	element 0.03333	even 0.1333	evidence 0.06667	flat 0.06667	hero 0.03333	level 0.06667	licence 0.06667	of 0.06667	plane 0.06667	proof 0.06667	testimonial 0.06667	warrant 0.06667
bằng_an	safe 0.5	well 0.5
bằng_bặn	even 0.5	uniform 0.5
bằng_chân	pedestrian 0.5	remain 0.25	unconcerned 0.25
bằng_chứng	evidence 0.3333	exhibit 0.3333	proof 0.3333
bằng_cách	by 1
bằng_cấp	diploma 1
bằng_cớ	evidence 0.5	proof 0.5
bằng_cứ	base 1
bằng_giâý	paper 1
bằng_hưũ	friends 1
bằng_khen	certificate 0.5	merit 0.5
bằng_không	else 0.5	otherwise 0.5
bằng_laí_xe	driver's 0.5	license 0.5
bằng_lòng	agreeable 0.3333	content 0.3333	satisfied 0.3333
bằng_naò	extent 0.25	how 0.5	what 0.25
bằng_như	if 0.5	otherwise 0.5
bằng_phẳng	even 0.25	flat 0.25	plane 0.5
bằng_sắc	certificates 0.3333	diplomas 0.3333	royal 0.3333
bằng_thưà	superfluous 0.3333	use 0.3333	useless 0.3333
bằng_vai	rank 0.5	same 0.5
bằng_điạ	ground 0.25	levelled 0.25	razed 0.5
bẳn	testy 1
bẳn_tính	irascible 0.5	testy 0.5
bẵng	clean 0.3333	heard 0.3333	news 0.1667	without 0.1667
bặm	bite 1
bặt	completely 0.25	giving 0.1667	life 0.1667	sign 0.1667	silent 0.25
bặt_thiệp	courteous 0.3333	mannered 0.1667	urbane 0.3333	well 0.1667
bặt_tin	newsless 1
bẹ	corn 0.1667	indian 0.1667	maize 0.3333	ocrea 0.3333
bẹn	groin 1
bẹp	crushed 0.25	down 0.125	flat 0.25	knocked 0.125	prostrate 0.25
bẹp_rúm	deformed 0.5	flattened 0.5
bẹt	elongated 0.3333	flat 0.3333	flop 0.3333
bẻ	break 0.25	fold 0.25	pinion 0.25	refute 0.25
bẻ_bai	carp 0.5	fault 0.25	find 0.25
bẻ_ghi	handle 0.25	switch 0.75
bẻ_hoẹ	fault 0.25	find 0.25	hairs 0.25	split 0.25
bẻ_khục	crack 0.5	knuckles 0.5
bẻ_laí	steer 1
bẻ_vụn	crumb 0.5	crumble 0.5
bẻm	glib 0.5	glibtongued 0.5
bẽ	ashamed 0.25	blush 0.25	feeling 0.25	put 0.25
bẽ_bàng	ashamed 0.25	awkward 0.25	feeling 0.5
bẽn_lẽn	bashful 0.3333	conscious 0.1667	self 0.1667	shy 0.3333
bế	bear 0.5	hold 0.5
bế_giảng	end 0.4167	school 0.1667	term 0.25	year 0.1667
bế_mạc	close 0.3333	end 0.3333	up 0.1667	wind 0.1667
bế_quan_toả_cảng	closed 0.3333	door 0.3333	policy 0.3333
bế_tắc	impasse 0.25	stalemate 0.25	standstill 0.5
bến	landing 0.125	place 0.08333	river 0.08333	stage 0.125	station 0.25	watering 0.08333	wharf 0.25
bến_lôị	ford 1
bến_nước	place 0.1667	river 0.4167	watering 0.1667	wharf 0.25
bến_phà	ferry 1
bến_taù	minor 0.1667	port 0.1667	wharf 0.6667
bến_xe	car 0.1667	park 0.1667	parking 0.1667	place 0.1667	stop 0.3333
bến_đò	port 0.5	station 0.5
bếp	class 0.03333	cook 0.1	cooking 0.15	feudal 0.05	fire 0.05	first 0.03333	house 0.05	household 0.1	kitchen 0.1	male 0.05	private 0.03333	range 0.05	soldier 0.05	stove 0.15
bếp_lò	heater 0.5	stove 0.5
bếp_núc	cook 0.25	house 0.25	kitchen 0.5
bếp_nước	cooking 1
bết	bad 0.2	dog 0.1	exhausted 0.2	inferior 0.2	stick 0.2	tired 0.1
bề	aspect 0.25	dimension 0.25	respect 0.25	side 0.25
bề_bề	plentiful 1
bề_bộn	jumble 0.5	jumbled 0.5
bề_cao	height 1
bề_daì	length 1
bề_dọc	length 1
bề_mặt	area 0.5	surface 0.5
bề_ngang	breadth 0.5	width 0.5
bề_ngoaì	exterior 0.5	outward 0.5
bề_sâu	depth 1
bề_thế	dimensions 0.08333	great 0.1667	influence 0.1667	influential 0.1667	magnitude 0.1667	size 0.08333	sizeable 0.1667
bề_trên	superior 1
bề_tôi	subject 0.5	vassal 0.5
bền	enduring 0.1429	fast 0.1429	lasting 0.07143	lightfast 0.1429	long 0.1429	solid 0.1429	strong 0.1429	wearing 0.07143
bền_bỉ	enduring 1
bền_chí	patient 0.5	persevering 0.5
bền_chặt	steadfast 1
bền_gan	steady 0.5	tenacious 0.5
bền_maù	colour 0.5	fast 0.5
bền_vững	unshakeable 1
bềnh	emerge 0.5	surge 0.25	up 0.25
bềnh_bệch	pale 0.25	sickly 0.5	whitish 0.25
bể	bellows 0.25	break 0.25	burst 0.25	tank 0.25
bể_aí	love 0.5	passion 0.25	sea 0.25
bể_bơi	pool 0.5	swimming 0.5
bể_cạn	tank 0.5	water 0.5
bể_dâu	vicissitudes 0.5	whirligig 0.5
bể_hoạn	life 0.5	mandarin 0.5
bể_khổ	tears 0.5	valley 0.5
bể_nuôi	aquarium 1
bễ	bellows 1
bệ	dais 0.25	integrally 0.125	interlard 0.125	pedestal 0.25	platform 0.25
bệ_hạ	majesty 1
bệ_phóng	ramp 1
bệ_rạc	slipshod 0.25	slovenly 0.5	squalid 0.25
bệ_rồng	canopied 0.25	dais 0.25	throne 0.5
bệ_tì	support 1
bệ_vệ	imposing 0.5	stately 0.5
bệch	chalky 0.5	sickly 0.25	white 0.25
bện	entangle 0.5	plait 0.5
bệnh	disease 0.25	ill 0.125	illness 0.125	pathology 0.125	sick 0.125	sickness 0.125	trouble 0.125
bệnh_alzheimer	alzheimer's 0.5	disease 0.5
bệnh_binh	list 0.1667	man 0.1667	sick 0.4167	soldier 0.25
bệnh_chứng	symptom 1
bệnh_cúm	flu 1
bệnh_căn_học	aetiology 1
bệnh_dịch	plague 1
bệnh_ghẻ	scabies 1
bệnh_hoa_liêũ	disease 0.4167	sexually 0.1667	transmitted 0.1667	venereal 0.25
bệnh_hoạn	diseased 0.2	illness 0.2	sickliness 0.2	sickly 0.2	unhealthy 0.2
bệnh_học	pathology 1
bệnh_học_tim	cardiology 1
bệnh_lao	tuberculosis 1
bệnh_lý	pathology 1
bệnh_nhân	patient 1
bệnh_sơỉ	measles 1
bệnh_sốt_rét	malaria 1
bệnh_than	anthrax 1
bệnh_thôí_hoaị	gangrene 1
bệnh_thương_hàn	fever 0.5	typhoid 0.5
bệnh_trĩ	hemorrhoid 1
bệnh_tả	cholera 1
bệnh_tật	disease 0.25	diseased 0.25	pathology 0.25	sickly 0.25
bệnh_viêm_gan	hepatitis 1
bệnh_viện	hospital 1
bệnh_zona	shingles 1
bệt	adv 0.3333	flat 0.3333	plump 0.3333
bỉ	belgium 0.3333	despise 0.3333	slight 0.3333
bỉ_mặt	despise 0.5	scorn 0.5
bỉ_nhân	humble 0.5	student 0.5
bỉ_thử	another 0.5	compare 0.5
bỉ_vận	bad 0.25	luck 0.25	misfortune 0.5
bỉ_vỏ	burglar 1
bỉ_ôỉ	base 0.3333	despicable 0.3333	vile 0.3333
bỉnh_bút	journalist 0.5	writer 0.5
bị	bag 0.1429	be 0.2143	ed 0.1429	sack 0.1429	subjected 0.1429	to 0.07143	victim 0.1429
bị_bể	break 0.3333	broken 0.3333	burst 0.3333
bị_bỏ_rơi	abandoned 1
bị_can	accused 1
bị_caó	indictee 1
bị_chú	annotate 1
bị_cảm_lạnh	catch 0.5	cold 0.5
bị_cầm_tay	handbag 1
bị_dơ	dirty 1
bị_gâỵ	beggar 0.5	sack 0.25	stick 0.25
bị_lưà	swindled 0.5	tricked 0.5
bị_mất	lost 1
bị_phá_huỷ	go 1
bị_ruồng_bỏ	abandoned 1
bị_sị	dissatisfaction 0.25	down 0.25	mouth 0.25	sagging 0.25
bị_thương	injury 0.5	wounded 0.5
bị_thịt	dolt 0.3333	good 0.1667	lubber 0.3333	nothing 0.1667
bị_trị	oppressed 0.5	ruled 0.5
bị_vong_lục	memorandum 1
bị_vỡ	broken 1
bị_động	defensive 0.3333	passive 0.6667
bị_ốm	fall 0.5	ill 0.5
bịch	bamboo 0.1111	basket 0.3333	cylindric 0.1111	hard 0.1667	hit 0.1667	tank 0.1111
bịnh_chứng	illness 0.25	sign 0.25	symptom 0.5
bịnh_căn	cause 0.5	illness 0.5
bịnh_dịch	epidemic 0.5	plague 0.5
bịnh_học	pathology 1
bịnh_lý_học	pathology 1
bịnh_nhân	patient 0.5	person 0.25	sick 0.25
bịnh_sưng_ruột	enteritis 1
bịnh_viện	clinic 0.5	hospital 0.5
bịnh_xá	dispensary 0.5	infirmary 0.5
bịp	cheat 0.5	swindle 0.5
bịp_bợm	dishonest 0.5	tricky 0.5
bịt	crown 0.3333	rim 0.3333	stop 0.3333
bịt_bùng	close 0.25	completely 0.25	shut 0.25	up 0.25
bịt_miệng	gag 1
bịt_mắt	blindfold 0.3333	cheat 0.3333	fool 0.3333
bọ	bug 0.1667	dad 0.1667	guinea 0.08333	insect 0.1667	maggot 0.1667	papa 0.1667	pig 0.08333
bọ_bạc	lepisma 0.5	silver 0.25	worm 0.25
bọ_chét	flea 0.5	tick 0.5
bọ_chó	tick 1
bọ_cánh_cứng	beetle 0.5	ladybird 0.5
bọ_dưà	beetle 0.5	stag 0.5
bọ_gâỵ	larva 0.5	mosquito 0.5
bọ_hung	beetle 0.5	dor 0.25	dung 0.25
bọ_ngưạ	mantis 1
bọ_râỳ	bug 0.5	may 0.5
bọ_xít	bug 0.5	stink 0.5
bọc	amniotic 0.08333	bundle 0.1667	cover 0.1667	enclose 0.1667	sac 0.08333	surround 0.1667	womb 0.1667
bọc_hâụ	rear 1
bọc_sắt	armoured 1
bọn	band 0.2	gang 0.4	group 0.2	set 0.2
bọng	bladder 0.5	vesicle 0.5
bọng_ong	beehive 1
bọng_đaí	vesica 1
bọp	thud 1
bọt	foam 0.5	froth 0.5
bọt_biển	sponge 1
bọt_mép	foam 0.5	froth 0.5
bỏ	abandon 0.125	abdicate 0.125	abnegate 0.125	desist 0.125	leave 0.125	outgrow 0.125	place 0.125	put 0.125
bỏ_buà	bewitch 0.3333	cast 0.1667	charm 0.3333	spell 0.1667
bỏ_bê	neglect 1
bỏ_bưà	desorder 0.25	leave 0.4167	mess 0.1667	terrible 0.1667
bỏ_bẵng	clean 0.5	drop 0.25	omit 0.25
bỏ_bớt	cut 0.25	down 0.25	reduse 0.5
bỏ_chaỵ	away 0.25	dear 0.1667	life 0.1667	run 0.4167
bỏ_dở	leave 0.5	unfinished 0.5
bỏ_hoang	leave 0.5	uncultivated 0.5
bỏ_hoá	fallow 0.5	leave 0.5
bỏ_học	break 0.1111	drop 0.1667	off 0.1111	out 0.1667	study 0.2778	up 0.1667
bỏ_không	idle 0.5	unused 0.5
bỏ_liêù	abandon 1
bỏ_lò	barbecue 1
bỏ_lỡ	miss 1
bỏ_lửng	done 0.1667	half 0.1667	leave 0.4167	unfinished 0.25
bỏ_mình	down 0.3333	lay 0.3333	life 0.3333
bỏ_mưá	leave 0.5	over 0.5
bỏ_mạng	off 0.5	pop 0.5
bỏ_mất	lose 0.5	miss 0.5
bỏ_mặc	abandon 1
bỏ_mẹ	damn 0.3333	damned 0.3333	death 0.3333
bỏ_neo	anchor 1
bỏ_ngũ	desert 1
bỏ_ngỏ	leave 0.5	open 0.25	unclosed 0.25
bỏ_nhỏ	passing 0.5	shot 0.5
bỏ_phiêú	go 0.25	polls 0.25	vote 0.5
bỏ_phí	waste 1
bỏ_qua	bypass 0.25	let 0.2083	miss 0.25	pass 0.08333	slip 0.125	unnoticed 0.08333
bỏ_quá	forgive 0.5	pardon 0.5
bỏ_quên	forget 0.5	leave 0.5
bỏ_rơi	abandon 0.3333	behind 0.1111	down 0.1667	far 0.1111	leave 0.1111	let 0.1667
bỏ_rẻ	lowest 1
bỏ_rọ	light 0.5	mincement 0.5
bỏ_sót	miss 0.25	omit 0.5	out 0.25
bỏ_thâù	tender 1
bỏ_thõng	down 0.25	hang 0.5	loose 0.25
bỏ_trốn	away 0.1667	bolt 0.3333	decamp 0.3333	run 0.1667
bỏ_tuí	pocket 1
bỏ_tù	jail 0.25	prison 0.25	put 0.25	throw 0.25
bỏ_vaò_bao	bag 1
bỏ_về	leave 0.5	quit 0.5
bỏ_vốn	invest 0.5	money 0.25	put 0.25
bỏ_xa	distance 0.5	outdistance 0.5
bỏ_xác	off 0.5	pop 0.5
bỏ_xó	cast 0.25	lay 0.25	off 0.25	up 0.25
bỏ_xứ	country 0.5	fly 0.5
bỏ_đi	blow 0.25	go 0.125	leave 0.25	off 0.125	walk 0.25
bỏ_đoí	famish 1
bỏm_bẻm	deliberately 0.5	leisure 0.5
bỏng	burned 0.2	burning 0.2	parching 0.2	scalded 0.2	scalding 0.2
bỏng_rạ	varicella 1
bố	canvas 0.125	dad 0.25	daddy 0.125	father 0.25	jute 0.125	papa 0.125
bố_caí	father 0.25	mother 0.25	parents 0.5
bố_caó	proclaim 1
bố_cục	arrange 0.3333	arrangement 0.3333	lay 0.1667	out 0.1667
bố_dượng	stepfather 1
bố_già	love 1
bố_kinh	lawful 0.3333	virtuous 0.3333	wife 0.3333
bố_laó	cheeky 0.5	nonsensical 0.5
bố_mẹ	parents 1
bố_nuôi	father 0.5	foster 0.5
bố_phòng	defence 0.5	measures 0.5
bố_phươụ	joker 0.5	wag 0.5
bố_ráp	round 0.5	up 0.5
bố_thí	alms 0.25	charities 0.25	give 0.125	hand 0.125	out 0.125	to 0.125
bố_trí	arrange 0.5	lay 0.5
bố_vờ	geign 0.3333	pretend 0.3333	sham 0.3333
bốc	draw 0.5	up 0.5
bốc_chaý	ablaze 0.3333	burn 0.1667	burst 0.1667	flames 0.1667	up 0.1667
bốc_dỡ	load 0.5	unload 0.5
bốc_hoả	flash 0.5	out 0.5
bốc_hơi	evaporate 1
bốc_khoí	smoke 1
bốc_lôi	dynamite 1
bốc_muì	out 0.25	smell 0.75
bốc_muì_thôí	stink 1
bốc_rơì	behave 0.5	profligately 0.5
bốc_thuốc	up 1
bốc_đồng	act 0.1667	hothead 0.1667	hotheaded 0.5	like 0.1667
bốn	four 0.6667	fourth 0.3333
bốn_biển	continents 0.25	five 0.25	whole 0.25	world 0.25
bốn_bên	quadripartite 1
bốn_giờ	four 0.5	o'clock 0.5
bốn_mươi	forty 1
bốn_mươì	forty 1
bốn_phương	directions 0.5	four 0.5
bốp	face 0.1111	pop 0.3333	straight 0.1111	swell 0.3333	tell 0.1111
bốp_chát	back 0.1667	bluntly 0.4167	outspoken 0.25	talk 0.1667
bốt	boot 0.5	post 0.25	small 0.25
bốt_xtơn	boston 1
bồ	bamboo 0.1667	basket 0.1667	lover 0.3333	sweetheart 0.3333
bồ_caò	rake 1
bồ_chao	laughing 0.3333	spectacled 0.3333	thrush 0.3333
bồ_các	magpie 1
bồ_câu	dove 0.6667	pigeon 0.3333
bồ_công_anh	dandelion 1
bồ_cắt	hawk 0.5	sparrow 0.5
bồ_hòn	soapberry 1
bồ_hóng	soot 1
bồ_kếp	australian 0.5	locust 0.5
bồ_liêũ	sedge 0.25	sex 0.25	weaker 0.25	willow 0.25
bồ_nhìn	puppet 1
bồ_nông	pelican 1
bồ_quân	flacourtia 1
bồ_tát	bodhisattva 1
bồ_tạt	potass 0.5	potassium 0.25	salt 0.25
bồ_đaì	cornet 1
bồ_đaò_nha	portugal 1
bồ_đề	snowbell 0.5	styrax 0.5
bồn	bed 0.25	flower 0.25	tub 0.5
bồn_chồn	tenterhooks 1
bồn_hoa	bed 0.5	flower 0.5
bồng	arms 0.1	carry 0.1	hourglass 0.06667	puff 0.2	shaped 0.06667	slender 0.06667	swell 0.2	tomtom 0.1333	waisted 0.06667
bồng_bế	carry 1
bồng_bềnh	bob 1
bồng_bột	ebullient 1
bồng_lai	elysium 1
bồng_súng	arms 0.5	present 0.5
bổ	apportion 0.1429	blows 0.07143	cleave 0.1429	cut 0.07143	headlong 0.1429	plunge 0.07143	rush 0.07143	segments 0.07143	split 0.1429	strike 0.07143
bổ_chính	revise 1
bổ_chửng	back 0.5	flat 0.5
bổ_cuỉ	beetle 0.5	click 0.5
bổ_cưú	amend 1
bổ_dưỡng	health 0.3333	help 0.3333	recover 0.3333
bổ_dụng	appoint 0.5	name 0.5
bổ_khuyết	complement 1
bổ_nghiã	modify 1
bổ_ngữ	complement 1
bổ_nhaò	dive 0.3333	headlong 0.3333	plunge 0.1667	rush 0.1667
bổ_nhiệm	appoint 0.5	designate 0.5
bổ_nhoaì	full 0.5	length 0.5
bổ_sung	supplement 1
bổ_trợ	supplement 1
bổ_túc	continuation 0.5	education 0.5
bổ_xuyết	revise 0.5	update 0.5
bổ_ích	helpful 0.5	useful 0.5
bổ_đề	lemma 1
bổn_phận	duty 0.5	obligation 0.5
bổng	boon 0.125	godsend 0.125	high 0.1875	mandarin's 0.0625	perks 0.125	perquisites 0.125	pitched 0.0625	salary 0.0625	treble 0.125
bổng_lộc	fishes 0.5	loaves 0.5
bổng_ngoaị	perks 0.5	perquisites 0.5
bỗ_bã	coarse 1
bỗng	all 0.125	distiller's 0.08333	fermented 0.2083	fodder 0.125	grains 0.08333	sudden 0.125	unexpectedly 0.25
bỗng_chốc	next 0.25	shortly 0.5	time 0.25
bỗng_dưng	accident 0.5	chance 0.5
bỗng_không	accident 0.5	chance 0.5
bỗng_nhiên	all 0.25	sudden 0.25	unexpectedly 0.5
bỗng_đâu	all 0.25	chance 0.5	sudden 0.25
bộ	appearance 0.1111	capability 0.1111	carriage 0.1111	gait 0.1111	gang 0.1111	look 0.1111	ministry 0.1111	set 0.2222
bộ_ba	trio 1
bộ_binh	foot 0.125	infantry 0.5	infantryman 0.25	soldier 0.125
bộ_chính_trị	politburo 1
bộ_cánh	best 0.25	clothes 0.25	sunday 0.5
bộ_công_an	ministry 0.3333	public 0.3333	security 0.3333
bộ_công_thương	industry 0.3333	ministry 0.3333	trade 0.3333
bộ_dạng	bearing 0.5	figure 0.5
bộ_gen	genome 1
bộ_hành	pedestrian 0.5	walk 0.5
bộ_hình	justice 0.5	ministry 0.5
bộ_hạ	subordinate 1
bộ_học	education 0.5	ministry 0.5
bộ_hộ	finance 0.5	ministry 0.5
bộ_laị	interior 0.5	ministry 0.5
bộ_lòng	entrails 0.5	tripes 0.5
bộ_lông	coat 0.25	feathers 0.25	fur 0.25	plumage 0.25
bộ_lạc	tribe 1
bộ_lễ	ministry 0.5	rites 0.5
bộ_lọc	filter 1
bộ_lọc_electronic	filter 1
bộ_maý	apparatus 0.3333	machine 0.3333	system 0.3333
bộ_môn	chair 0.3333	genre 0.3333	subject 0.3333
bộ_mươì	decade 1
bộ_mặt	air 0.3333	face 0.3333	look 0.3333
bộ_naõ	brain 1
bộ_ngoaị_giao	affairs 0.3889	foreign 0.3889	ministry 0.2222
bộ_nhớ	memory 1
bộ_nôị_vụ	affairs 0.3333	home 0.3333	ministry 0.3333
bộ_nạp_điện	charger 1
bộ_phận	component 0.3333	part 0.3333	partial 0.3333
bộ_quốc_phòng	defence 0.3333	ministry 0.3333	national 0.3333
bộ_sách	books 0.5	set 0.5
bộ_sâụ	band 0.3333	gang 0.3333	set 0.3333
bộ_sưu_tập	collection 1
bộ_taì_chính	finance 0.5	ministry 0.5
bộ_tham_mưu	staff 1
bộ_thuộc	surbordinate 1
bộ_thủ	radical 1
bộ_triệt_âm	silencer 1
bộ_trưởng	minister 1
bộ_tóc_giả	wig 1
bộ_tư_lệnh	command 1
bộ_tư_pháp	justice 0.5	ministry 0.5
bộ_tổng_hợp	synthesizer 1
bộ_xây_dựng	construction 0.5	ministry 0.5
bộ_xương	skeleton 1
bộ_y_tế	health 0.5	ministry 0.5
bộ_óc	brain 1
bộ_điêù	synchronize 1
bộ_điêù_giaỉ	modem 1
bộ_điêụ	bearing 0.5	carriage 0.5
bộ_đàm	talkie 0.5	walkie 0.5
bộ_đôị	military 0.3333	soldier 0.6667
bộ_đồ	set 0.5	suit 0.5
bộc_bạch	bare 1
bộc_lộ	bare 0.3333	expose 0.3333	show 0.3333
bộc_phá	blow 0.25	charge 0.25	explosive 0.25	up 0.25
bộc_phát	break 0.1667	explode 0.5	out 0.1667	suddenly 0.1667
bộc_trực	blunt 0.5	free 0.25	spoken 0.25
bộc_tuệch	ingenuous 1
bộm	abandon 1
bộn	crowded 0.3333	encumbered 0.3333	quite 0.3333
bộn_bề	crowded 0.1667	encumbered 0.1667	heavy 0.1111	pressure 0.1111	pretty 0.3333	under 0.1111
bộn_rộn	bubble 0.5	profusely 0.5
bộng	hollow 1
bộp	plop 1
bộp_chộp	hotheaded 0.5	impetuous 0.5
bột	bread 0.2	flour 0.4	powder 0.2	starch 0.2
bột_bán	pearl 0.5	tapioca 0.5
bột_báng	tapioca 1
bột_chiên_xù	breadcrumb 1
bột_giặt	powder 0.5	washing 0.5
bột_khơỉ	flare 0.1667	surge 0.25	up 0.1667	vigorously 0.25	violently 0.1667
bột_ngũ_vị_hương	five 0.3333	powder 0.3333	spice 0.3333
bột_ngọt	glutamate 0.3333	monosodium 0.1667	powder 0.1667	seasoning 0.1667	sodium 0.1667
bột_nhaõ	pastry 1
bột_năng	starch 0.5	tapioca 0.5
bột_phát	flare 0.1667	shoot 0.25	up 0.4167	violently 0.1667
bột_tan	talcum 1
bớ	hey 1
bớp	box 0.25	lightly 0.5	slap 0.25
bớt	abate 0.1429	birth 0.07143	cut 0.07143	decrease 0.1429	diminish 0.1429	down 0.07143	lay 0.07143	mark 0.07143	part 0.07143	reduce 0.1429
bớt_giá	discount 1
bớt_miệng	cackle 0.1667	cut 0.1667	down 0.1667	food 0.25	stint 0.25
bớt_tay	pressure 0.25	relax 0.5	severity 0.25
bớt_xén	appropriate 0.25	off 0.25	part 0.25	rake 0.25
bớt_xớ	bargain 0.5	haggle 0.5
bờ	bank 0.1111	bee 0.1111	edge 0.1111	fence 0.1111	hedge 0.1111	rim 0.1111	shore 0.2222	wall 0.1111
bờ_biển	coast 0.25	seacoast 0.25	seashore 0.25	seaside 0.25
bờ_buị	bush 0.5	hedge 0.25	thick 0.25
bờ_bến	coast 0.5	port 0.25	shore 0.25
bờ_coĩ	border 0.25	country 0.25	frontier 0.25	territory 0.25
bờ_giâụ	hedge 1
bờ_hè	pavement 0.5	side 0.25	walk 0.25
bờ_lu_dông	jacket 0.5	lumber 0.5
bờ_raò	fence 0.5	hedge 0.5
bờ_sông	bank 0.5	river 0.5
bờ_thưả	dam 0.5	field 0.5
bờ_tây	bank 0.5	west 0.5
bờ_vùng	dam 0.5	multifield 0.5
bờ_xây	quay 1
bờ_đê	dam 0.3333	dike 0.3333	dyke 0.3333
bờm	mane 1
bờm_xờm	shaggy 1
bờn_bợt	palish 1
bở	crumbly 0.3333	friable 0.3333	profitable 0.3333
bỡ_ngỡ	feel 0.25	strange 0.25	surprise 0.5
bỡn_cợt	trifle 1
bợ	flatter 1
bợm	rogue 1
bợn	flaw 0.25	impurity 0.25	soiled 0.25	tainted 0.25
bợt	faded 0.3333	frayed 0.3333	pale 0.3333
bụ	chubby 0.3333	plump 0.3333	sappy 0.3333
bụ_bẫm	chubby 0.3333	plump 0.3333	sappy 0.3333
bụ_sưã	plump 1
bục	crack 0.25	dais 0.25	platform 0.25	pop 0.25
bục_giảng	pulpit 1
bục_mình	tetchy 1
bụm	bite 0.2	clench 0.2	cup 0.1	hand 0.2	handfuls 0.1	screen 0.1	two 0.1
bụm_miệng	gag 1
bụng	abdomen 0.2	belly 0.4	heart 0.2	stomach 0.2
bụng_chân	calf 1
bụng_cóc	bellied 0.5	froog 0.5
bụng_dươí	abdomen 0.5	lower 0.5
bụng_dạ	abdomen 0.25	digestive 0.125	heart 0.375	hearts 0.125	system 0.125
bụng_nhụng	flabby 1
bụp	pop 1
bụt	buddha 1
bụt_mọc	bald 0.5	cypress 0.5
bủ	man 0.25	old 0.5	woman 0.25
bủm	fart 1
bủn_rủn	flaccid 0.5	flagging 0.5
bủn_xỉn	mean 0.5	stingy 0.5
bủng	flabby 0.3333	limp 0.3333	sallow 0.3333
bủng_beo	sallow 0.5	thin 0.5
bứ	cloyed 0.3333	satiated 0.3333	sottish 0.3333
bứ_cổ	food 0.5	satieted 0.5
bứ_họng	reduced 0.5	silence 0.5
bức	coerce 0.5	force 0.5
bức_bách	coerce 0.3333	force 0.3333	urgent 0.3333
bức_bôí	sultry 1
bức_cung	depositions 0.5	extort 0.5
bức_haị	die 0.3333	force 0.3333	unjustifiably 0.3333
bức_hiếp	bully 0.25	coerce 0.25	oppress 0.5
bức_hôn	force 0.5	marry 0.5
bức_màn_sắt	curtain 0.5	iron 0.5
bức_màn_tre	bamboo 0.5	curtain 0.5
bức_rút	pressing 0.5	urgent 0.5
bức_thiết	pressing 0.5	urgent 0.5
bức_thư	letter 1
bức_tranh	painting 0.6667	picture 0.3333
bức_tượng	statue 1
bức_tử	commit 0.3333	force 0.3333	suicide 0.3333
bức_xúc	pressing 1
bức_xạ	radiate 0.3333	radiation 0.6667
bức_xạ_kế	radiometer 1
bức_ảnh	photograph 1
bứng	lift 0.5	up 0.5
bứt	cut 0.25	pluck 0.25	snatch 0.25	tear 0.25
bứt_rứt	fidgety 0.3333	restless 0.3333	uneasy 0.3333
bừng	brightly 0.1667	burst 0.1111	ebulliently 0.1111	flare 0.1667	out 0.1111	suddenly 0.1111	up 0.1111	wake 0.1111
bừng_bừng	ablaze 1
bự	big 0.5	lumpy 0.25	thick 0.25
bực	fret 0.3333	fretful 0.3333	fretty 0.3333
bực_bôị	fret 0.5	fretty 0.5
bực_dọc	testy 1
bực_mình	tetchy 1
bực_tức	angry 0.5	fretty 0.5
ca	kay 0.2	measure 0.2	mug 0.2	shift 0.2	team 0.2
ca_bô	bonnet 1
ca_cao	cacao 1
ca_chuẩn	case 0.5	test 0.5
ca_cẩm	complain 0.5	grumble 0.5
ca_dao	folk 0.5	song 0.5
ca_hát	singing 0.5	song 0.5
ca_khúc	song 1
ca_kiểm_thử	case 0.5	test 0.5
ca_kịch	opera 0.6667	operetta 0.3333
ca_kỹ	female 0.1667	opera 0.1667	singer 0.1667	songstress 0.5
ca_li	california 1
ca_lâu	house 0.5	songstresses 0.5
ca_lô	cap 0.5	garrison 0.5
ca_muá	dance 0.5	song 0.5
ca_ngơị	extol 0.5	praise 0.25	sing 0.25
ca_nhi	female 0.25	singer 0.25	songstress 0.5
ca_nhạc	music 0.5	song 0.5
ca_nô	boat 0.5	motor 0.25	speed 0.25
ca_nương	girl 0.25	singer 0.25	songstress 0.25	young 0.25
ca_ra	carat 1
ca_ri	curry 0.75	powder 0.25
ca_rô	check 1
ca_rốt	carrot 1
ca_sĩ	singer 1
ca_trù	ba 0.02778	banquets 0.04167	bobtailed 0.02778	delicate 0.02778	english 0.08333	eyes 0.02778	face 0.02778	flowers 0.04167	hair 0.02778	knife 0.02778	manners 0.04167	mau 0.02778	mild 0.04167	moon 0.02778	quan 0.02778	refined 0.04167	shaped 0.02778	sharp 0.02778	snow 0.04167	sweet 0.04167	transparent 0.04167	turban 0.04167	used 0.04167	velvet 0.04167	weddings 0.08333	words 0.04167
ca_tụng	compliment 0.2	extol 0.2	glorify 0.2	land 0.2	praise 0.2
ca_vát_nơ_bướm	bowtie 1
ca_vũ	dance 0.5	song 0.5
ca_vũ_kịch	ballet 0.5	opera 0.5
ca_vịnh	praise 0.5	sing 0.5
ca_xướng	singing 1
cacao	cacao 1
cacbon	carbon 1
cacbon_điôxít	carbon 1
cacbonat	carbonate 1
caesar	caesar 1
caffein	caffeine 1
cafêin	caffeine 1
cai	corporal 0.2	foreman 0.2	jailkeeper 0.2	up 0.2	warder 0.2
cai_quản	manage 1
cai_sưã	wean 1
cai_thần	contractor 0.3333	foreman 0.3333	s 0.3333
cai_thợ	boss 1
cai_trị	rule 1
cai_tuần	chief 0.3333	guards 0.3333	village 0.3333
cai_tổng	canton 0.5	chief 0.5
cai_đâù_daì	contractor 0.5	knavish 0.5
califoni	californium 1
caliphoocniá	california 1
calo	calorie 1
cam	cam 0.2	content 0.2	orange 0.4	resign 0.2
cam_chanh	orange 0.5	sour 0.5
cam_chiụ	content 0.5	reconcile 0.5
cam_kết	commit 0.1667	commitment 0.1667	pledge 0.5	undertake 0.1667
cam_lòng	content 1
cam_lộ	holy 0.5	water 0.5
cam_sành	king 0.5	orange 0.5
cam_thaỏ	liquorice 1
cam_tuyền	fresh 0.3333	spring 0.3333	water 0.3333
cam_tâm	resign 1
cam_tâủ_mã	noma 1
cam_túc	gansu 1
cam_đoan	answer 0.5	guarantee 0.5
cam_đường	orange 0.5	sweet 0.5
cameroon	cameroon 1
campuchia	cambodia 1
can	advise 0.04762	against 0.04762	can 0.1429	dissuade 0.07143	doing 0.119	heaven's 0.07143	lengthen 0.1429	restrain 0.1429	stem 0.07143	stick 0.07143	walking 0.07143
can_dự	implicated 1
can_gián	advise 0.3333	against 0.3333	doing 0.3333
can_hệ	affect 0.25	concern 0.25	important 0.25	momentous 0.25
can_ke	calk 1
can_ngăn	dissuade 0.5	doing 0.5
can_qua	fire 0.25	sword 0.25	war 0.5
can_thiệp	interfere 0.5	intervene 0.5
can_trường	courageous 0.3333	danger 0.1667	heart 0.3333	unafraid 0.1667
can_án	condemned 0.5	convicted 0.5
can_đảm	courage 0.5	courageous 0.25	plucky 0.25
canberra	canberra 1
canguru	kangaroo 1
canh	broth 0.2	soup 0.4	warp 0.2	watch 0.2
canh_caỉ	changes 0.1667	go 0.1667	reform 0.5	through 0.1667
canh_châỳ	far 0.5	night 0.5
canh_cá	ukha 1
canh_cách	clatter 1
canh_cánh	harrying 0.5	haunting 0.5
canh_cưỉ	weaving 1
canh_giấm	fish 0.3333	soup 0.3333	sour 0.3333
canh_giữ	guard 1
canh_gà	cockcrow 1
canh_gác	guard 0.25	mount 0.5	sentry 0.25
canh_khuya	far 0.5	night 0.5
canh_nông	agriculture 0.5	farming 0.5
canh_phòng	watch 1
canh_riêu	carb 0.5	soup 0.5
canh_thiếp	age 0.5	card 0.5
canh_ti	go 0.5	shares 0.5
canh_tuần	patrol 0.5	watch 0.5
canh_tàn	end 0.5	night 0.5
canh_tác	cultivate 0.5	till 0.5
canh_tân	renovate 1
canvê	calvary 1
canxi	calcium 1
cao	cataplasm 0.1111	glue 0.1111	high 0.2222	jelly 0.1111	steep 0.1111	tall 0.2222	towering 0.1111
cao_ban_long	antler 0.5	glue 0.5
cao_bay_xa_chaỵ	away 0.25	fly 0.5	run 0.25
cao_bôì	boy 0.25	cow 0.25	cowboy 0.5
cao_câu_ly	goguryeo 1
cao_cường	eminent 0.5	exalted 0.5
cao_cả	elevated 0.5	lofty 0.5
cao_cấp	class 0.125	grade 0.125	high 0.625	ranking 0.125
cao_danh	celebrity 0.5	famous 0.25	person 0.25
cao_daỳ	earth 0.25	heaven 0.25	immense 0.5
cao_giá	high 0.25	hight 0.25	price 0.25	value 0.25
cao_hùng	kaohsiung 1
cao_học	degree 0.5	master's 0.5
cao_hổ_cốt	bone 0.3333	glue 0.3333	tiger 0.3333
cao_hứng	elated 0.25	greatly 0.25	highly 0.25	inspired 0.25
cao_khiết	noble 0.5	pure 0.5
cao_kiến	clear 0.1	excellent 0.1	far 0.1	idea 0.1	sagacious 0.2	sage 0.2	sighted 0.2
cao_kế	sophisticated 0.5	stratagem 0.5
cao_ly	goryeo 0.5	korea 0.5
cao_lâu	restaurant 1
cao_lương	delicate 0.1667	dishes 0.1667	fare 0.1667	good 0.1667	kaoliang 0.3333
cao_lộc	antler 0.5	glue 0.5
cao_lớn	stature 0.25	tall 0.75
cao_minh	clairvoyant 0.5	gifted 0.5
cao_miên	cambodia 1
cao_ngaọ	arrogant 0.5	proud 0.5
cao_nghêù	lanky 0.5	tall 0.25	thin 0.25
cao_nguyên	plateau 1
cao_ngất	dizzily 0.25	high 0.25	towering 0.5
cao_ngồng	tall 0.5	toweringly 0.5
cao_nhã	mannered 0.25	refined 0.5	well 0.25
cao_niên	elderly 1
cao_phân_tử	macromolecular 1
cao_quý	elevated 0.3333	high 0.1111	moral 0.1111	noble 0.3333	value 0.1111
cao_raó	dry 0.5	high 0.5
cao_sang	fashion 0.25	high 0.1667	living 0.1667	rank 0.4167
cao_siêu	sublime 0.5	unattainable 0.5
cao_su	caoutchouc 0.25	elastic 0.25	rubber 0.5
cao_sĩ	learned 0.3333	man 0.3333	respectable 0.3333
cao_sơn	high 0.5	mountain 0.5
cao_sản	high 0.5	yield 0.5
cao_số	late 0.5	married 0.5
cao_tay	able 0.25	capable 0.25	highly 0.5
cao_thâm	deep 0.75	high 0.25
cao_thượng	high 0.25	minded 0.25	noble 0.5
cao_thế	high 0.5	tension 0.5
cao_thủ	classed 0.25	famous 0.5	top 0.25
cao_traò	high 0.5	tide 0.5
cao_tần	frequency 0.5	high 0.5
cao_tầng	multi 0.5	storeyed 0.5
cao_tốc	expressway 0.3333	high 0.1667	highway 0.3333	speed 0.1667
cao_uỷ	commissioner 0.5	high 0.5
cao_vút	high 0.5	immeasurably 0.5
cao_vọng	ambition 0.5	high 0.5
cao_xa	far 0.25	high 0.25	unattainable 0.5
cao_xanh	heaven 0.3333	providence 0.3333	sky 0.3333
cao_xạ	aircraft 0.3333	anti 0.3333	gun 0.3333
cao_áp	high 0.5	pressure 0.5
cao_đaì	caodaism 1
cao_điểm	height 0.3333	high 0.1667	highest 0.1667	peak 0.1667	point 0.1667
cao_đường	parents 1
cao_đẳng	higher 1
cao_đẹp	beautiful 0.5	lofty 0.5
cao_đỉnh	clomax 1
cao_độ	degree 0.125	high 0.375	level 0.125	levelled 0.125	pitch 0.25
cao_độ_kế	altimetre 1
cao_ốc	building 0.5	high 0.5
caolin	kaolin 1
caraôkê	karaoke 1
casablanca	casablanca 1
catmi	cadmium 1
cau	areca 0.2	betel 0.1	frown 0.2	knit 0.2	nut 0.1	scowl 0.2
cau_có	scowl 1
cau_maỳ	eyebrows 0.25	frown 0.5	gather 0.25
caught	caught 1
cay	acrid 0.1	bent 0.1	hot 0.2	pricking 0.1	pungent 0.1	quail 0.1	set 0.1	spicy 0.1	stinging 0.1
cay_cực	bitter 0.5	humiliating 0.5
cay_nghiệt	harsh 0.5	severe 0.5
cay_đắng	bitter 1
cay_độc	biting 0.5	cutting 0.5
caì	fasten 0.2	lay 0.2	pin 0.2	plant 0.2	set 0.2
caì_cưả	bar 0.5	bolt 0.25	door 0.25
caí	an 0.2	mother 0.3	one 0.2	the 0.2	vinegar 0.1
caí_bay	trowel 1
caí_baò	plane 1
caí_chaỏ	basin 0.5	saucepan 0.5
caí_chuồng	cage 1
caí_chết	death 1
caí_cuốc	hoe 0.5	hose 0.5
caí_cân	scales 1
caí_cúc	button 1
caí_cưa	saw 1
caí_dù	parachute 1
caí_ghẻ	itch 0.5	mite 0.5
caí_ghế_bành	armchair 1
caí_giuã	file 1
caí_giá	ladle 1
caí_giấm	mother 0.5	vinegar 0.5
caí_giỏ	basket 1
caí_gì	huh 0.5	something 0.5
caí_gôí	pillow 1
caí_gắp_đá	tongs 1
caí_gọt_bút_chì	pencil 0.5	sharpener 0.5
caí_hôn	kiss 1
caí_kia	that 1
caí_kìm	pliers 1
caí_lò	stove 1
caí_lược	comb 1
caí_lọc_physical	filter 1
caí_lồng	cage 1
caí_mai	shovel 1
caí_môi	ladle 1
caí_mền	blanket 1
caí_naỳ	this 1
caí_naỳ_là_gì	what 1
caí_neo	anchor 1
caí_nghiệm_tĩnh_điện	electroscope 1
caí_nôi	cradle 1
caí_nôì	saucepan 1
caí_nút_bấm	button 1
caí_nấc	hiccup 1
caí_nịt_ngực_zhaò	bra 1
caí_quaí_gì	hell 0.5	what 0.5
caí_quặn	funnel 1
caí_rổ	basket 1
caí_sa	can 0.5	watering 0.5
caí_saó	flute 1
caí_soong	saucepan 1
caí_thước_kẻ	ruler 1
caí_thế_anh_hùng	hero 0.3333	over 0.3333	world 0.3333
caí_tâỷ	eraser 1
caí_võng	hammock 1
caí_xanh	wok 1
caí_xú_chiên	bra 1
caí_xẻng	shovel 1
caí_ôm_chặt	hug 1
caí_đe	anvil 1
caí_đánh_trứng	whisk 1
caí_đã	first 0.75	thing 0.25
caí_đê	thimble 1
caí_đó	that 1
caí_đồng_hồ	clock 0.5	watch 0.5
caí_đục	chisel 1
caò	gnaw 0.3333	rake 0.3333	scratch 0.3333
caò_bằng	level 1
caò_caò	locust 1
caó	excuse 0.1	fox 0.4	invoke 0.1	pretext 0.2	submit 0.2
caó_biệt	leave 1
caó_bạch	notify 1
caó_bịnh	feign 0.25	illness 0.25	sham 0.25	sickness 0.25
caó_chung	knell 0.5	toll 0.5
caó_cấp	alarm 1
caó_già	cunning 0.3333	foxy 0.3333	tricky 0.3333
caó_giác	denounce 1
caó_hôì	ask 0.3333	office 0.3333	retire 0.3333
caó_lui	ask 0.3333	leave 0.3333	permission 0.3333
caó_lôĩ	apoligize 0.5	excuse 0.5
caó_mật	report 0.5	secret 0.5
caó_phó	death 0.5	notice 0.5
caó_thị	announcement 0.25	government 0.5	notice 0.25
caó_tri	notify 1
caó_trạng	indictment 1
caó_tôị	fault 0.5	recognize 0.5
caó_tạ	out 0.3333	thank 0.3333	way 0.3333
caó_từ	leave 1
caù_caụ	glowering 0.5	looking 0.25	surly 0.25
caù_nhaù	growl 0.3333	grumble 0.3333	grunt 0.3333
caú	cross 0.25	dirt 0.25	dirty 0.25	furious 0.25
caú_bẩn	peevish 0.5	petulant 0.5
caú_bẳn	peevish 0.5	petulant 0.5
caú_cặn	deposits 1
caú_ghét	dirty 0.5	filthy 0.5
caú_kỉnh	gruff 0.5	surly 0.5
caú_sườn	stew 1
caú_tiết	blood 0.5	up 0.5
caý	crab 0.5	fiddler 0.5
cađimi	cadmium 1
caĩ	act 0.1667	advocate 0.1667	argue 0.3333	defend 0.3333
caĩ_bướng	argue 0.5	obstinately 0.5
caĩ_cọ	argument 0.5	quarrel 0.5
caĩ_lẽ	argue 1
caĩ_lộn	quarrel 1
caĩ_vã	bicker 0.3333	quarrel 0.3333	squabble 0.3333
caỉ	alter 0.2	cabbage 0.2	change 0.2	embroider 0.1	plait 0.1	relief 0.2
caỉ_biên	arrange 1
caỉ_biến	transform 1
caỉ_bông_trắng	cauliflower 1
caỉ_bắp	cabbage 1
caỉ_bẹ	cabbage 0.5	field 0.5
caỉ_cay	mustard 1
caỉ_chính	correct 0.3333	lie 0.3333	reject 0.1667	unfounded 0.1667
caỉ_cách	reform 1
caỉ_cách_hành_chính	administrative 0.5	reform 0.5
caỉ_củ	radish 0.5	white 0.5
caỉ_danh	change 0.5	name 0.5
caỉ_dâù	colza 0.5	rapeseed 0.5
caỉ_dạng	disguise 1
caỉ_giá	remarry 1
caỉ_hoa	cauliflower 1
caỉ_hoá	change 0.3333	reform 0.3333	transform 0.3333
caỉ_hôí	repent 0.5	sorry 0.5
caỉ_lương	improve 0.3333	reform 0.3333	reformist 0.3333
caỉ_nhiệm	designate 0.3333	new 0.3333	post 0.3333
caỉ_quá	correct 0.25	error 0.25	mistake 0.25	right 0.25
caỉ_taọ	educate 0.125	improve 0.25	re 0.125	remould 0.25	transform 0.25
caỉ_thiện	improve 0.6667	raise 0.1667	standard 0.1667
caỉ_tiến	improve 1
caỉ_trang	disguise 0.5	dress 0.5
caỉ_trắng	cabbage 0.5	white 0.5
caỉ_táng	disinter 0.5	reburial 0.5
caỉ_tôị_danh	commute 1
caỉ_tổ	reorganize 0.5	reshuffle 0.5
caỉ_tử_hoàn_sinh	life 0.25	restore 0.25	revive 0.5
caỉ_xoong	cress 0.5	watercress 0.5
caọ	down 0.125	dress 0.125	scrape 0.25	shave 0.25	talk 0.25
caọ_giâý	pen 0.5	pusher 0.5
caỏ	manuscript 1
caỏ_bản	manuscript 1
caỏ_luận	essay 1
caỏ_táng	bury 0.5	summarily 0.5
caỳ	plough 1
caỳ_aỉ	loose 0.5	plough 0.5
caỳ_bưà	farm 1
caỳ_câý	farm 0.25	tilling 0.5	work 0.25
caỳ_cục	pains 1
caỳ_dầm	overflowed 0.3333	plough 0.3333	when 0.3333
caỵ	port 0.25	prize 0.5	steer 0.25
caỵ_cưả	door 0.3333	force 0.3333	open 0.3333
caỵ_rỉ_muĩ	nose 0.5	pick 0.5
ccây	birch 1
cha	curse 0.1429	dad 0.2857	daddy 0.1429	damn 0.1429	father 0.2857
cha_anh	elders 1
cha_chú	elder 1
cha_chả	aha 0.5	oho 0.5
cha_chồng	father 0.5	law 0.5
cha_cả	bishop 1
cha_cố	clergy 0.5	clergymen 0.5
cha_ghẻ	stepfather 1
cha_kế	stepfather 1
cha_mẹ	parents 1
cha_nuôi	adoptive 0.25	father 0.5	foster 0.25
cha_sở	vicar 1
cha_vợ	father 0.5	law 0.5
cha_xứ	vicar 1
cha_đẻ	father 0.75	own 0.25
cha_đỡ_đâù	godfather 1
chai	baby 0.0625	bottle 0.1875	callosity 0.125	callous 0.125	callus 0.125	compact 0.125	corn 0.125	hardened 0.125
chai_bottle_or_can	drink 1
chai_bố	magnum 1
chai_chaý	cocktail 0.5	molotov 0.5
chai_dạn	hardened 1
chai_sưã	baby 0.5	bottle 0.5
chamo	jamo 1
chan_chan	brimming 0.1667	over 0.1667	overflowing 0.3333	teeming 0.3333
chan_chán	dull 0.25	dullish 0.5	rather 0.25
chan_chát	jangling 0.5	perfectly 0.25	symmetrical 0.25
chan_hoà	bathed 0.3333	easily 0.1667	harmony 0.3333	mix 0.1667
chang_chang	blazing 1
chanh	lemon 1
chanh_choì	cantankerous 0.5	ill 0.25	natured 0.25
chanh_chua	sharp 0.1667	sour 0.3333	tart 0.3333	tongued 0.1667
chanh_cốm	deep 0.25	green 0.25	lemon 0.25	small 0.25
chanh_scent	lemon 1
chanh_đaò	lemon 0.3333	pulp 0.3333	rosy 0.3333
chao	cheese 0.125	oh 0.25	rock 0.25	soya 0.125	swing 0.25
chao_ôi	alas 0.3333	dear 0.1667	heigh 0.1667	ho 0.1667	oh 0.1667
chao_đaỏ	stagger 0.5	waver 0.5
chao_đèn	lampshade 1
chau	frown 0.5	knit 0.5
chau_maỳ	brows 0.25	frown 0.5	knit 0.25
chay	fertilizer 0.125	plain 0.25	service 0.25	vegetarian 0.25	without 0.125
chay_tịnh	austere 0.5	strictly 0.5
chaì	casting 0.5	net 0.5
chaì_baì	legs 0.3333	out 0.3333	spread 0.3333
chaì_lươí	fishing 0.5	trade 0.5
chaí	lean 1
chaò	greet 0.1667	hello 0.1667	hi 0.1667	salute 0.1667	solicit 0.1667	welcome 0.1667
chaò_buôỉ_sáng	good 0.5	morning 0.5
chaò_buôỉ_tôí	evening 0.5	good 0.5
chaò_hàng	canvass 1
chaò_maò	bulbul 0.3333	red 0.3333	whispered 0.3333
chaò_mơì	solicit 1
chaò_mừng	extend 0.25	honour 0.5	welcome 0.25
chaò_đón	greet 0.25	warmly 0.25	welcome 0.5
chaó	congee 0.375	gruel 0.25	rice 0.125	soup 0.25
chaó_hoa	gruel 0.1667	plain 0.3333	rice 0.3333	soup 0.1667
chaó_ám	fish 0.5	gruel 0.5
chaõ	rope 1
chaú	child 0.1429	children 0.1429	grandchild 0.1429	granddaughter 0.1429	grandson 0.1429	nephew 0.1429	niece 0.1429
chaú_chắt	grandchildren 0.3333	great 0.1667	posterity 0.5
chaú_dâu	grandson 0.25	nephew 0.25	wife 0.5
chaú_ngoaị	child 0.1667	daughter 0.1667	grandchild 0.1667	grandson 0.3333	maternal 0.1667
chaú_nôị	child 0.1667	grandchild 0.1667	grandson 0.3333	paternal 0.1667	son 0.1667
chaú_rể	grandaughter 0.25	husband 0.5	niece 0.25
chaú_trai	grandson 1
chaý	blaze 0.1667	burn 0.3333	burned 0.08333	combustion 0.1667	parch 0.1667	rice 0.08333
chaý_bùng	blaze 0.25	burst 0.25	flame 0.25	up 0.25
chaý_rừng	fire 0.5	forest 0.5
chaý_sém	flame 0.1667	licked 0.1667	singed 0.5	up 0.1667
chaý_tuí	cleaned 0.5	out 0.5
chaý_đen	carbonized 1
chaỉ	brush 1
chaỉ_chuốt	groomed 0.125	smarten 0.25	spruce 0.375	up 0.125	well 0.125
chaỉ_đâù	brush 0.5	comb 0.5
chaọ_raọ	tumultuous 1
chaỏ	pan 0.5	wok 0.5
chaủ	pout 0.5	purse 0.5
chaỳ	bell 0.25	pestle 0.5	stick 0.25
chaỳ_côí	absurdly 0.1667	obstinately 0.1667	quibble 0.5	reason 0.1667
chaỳ_kình	bell 0.4167	hammer 0.1667	stick 0.25	wooden 0.1667
chaỵ	run 1
chaỵ_chọt	solicit 1
chaỵ_chợ	huckster 1
chaỵ_giâý	messenger 0.5	work 0.5
chaỵ_hiêụ	fiddle 0.1667	play 0.3333	role 0.1667	second 0.1667	secondary 0.1667
chaỵ_loạn	flee 0.25	safety 0.1667	seek 0.1667	war 0.4167
chaỵ_mất	away 0.5	run 0.5
chaỵ_quanh	somewhere 1
chaỵ_rà	run 1
chaỵ_rông	roam 0.5	run 0.5
chaỵ_tang	avoiding 0.5	mourning 0.5
chaỵ_theo	after 0.5	run 0.5
chaỵ_thoát	escape 0.5	narrow 0.5
chaỵ_tiền	bribe 0.75	pay 0.25
chaỵ_uà	rush 0.5	stream 0.5
chaỵ_vaỵ	earth 0.3333	heaven 0.3333	move 0.3333
chaỵ_việc	job 0.5	look 0.5
chaỵ_vụt	like 0.3333	run 0.3333	wind 0.3333
chaỵ_điện	electrotherapy 1
chaỵ_đua	race 1
chaỷ	flow 0.2	leak 0.2	melt 0.2	run 0.4
chaỷ_maú	bleed 0.6667	bloody 0.3333
chaỷ_maú_chất_xám	brain 0.5	drain 0.5
chaỷ_rưã	deliquesce 1
chaỷ_rưả	deliquesce 1
che	cover 0.25	hide 0.5	put 0.25
che_chở	cover 0.5	protect 0.5
che_giâú	conceal 0.3333	hide 0.3333	shelter 0.3333
che_lấp	cover 1
che_phủ	cover 1
che_đâỵ	cover 0.5	smother 0.1667	up 0.3333
chelyabinsk	chelyabinsk 1
chen	elbow 0.25	intersperse 0.25	jostle 0.25	mix 0.25
chen_chúc	hustle 1
chen_lấn	elbow 0.25	jostle 0.25	out 0.5
cheo	deer 0.1667	fine 0.5	java 0.1667	mouse 0.1667
cheo_cheó	oblique 0.5	rather 0.5
cheo_cươí	customs 0.5	marriage 0.5
cheo_leo	dangerous 0.5	high 0.5
cheò	kim 0.125	nhan 0.125	oar 0.25	operetta 0.125	row 0.25	traditional 0.125
cheò_beỏ	drongo 1
cheò_chống	buffet 0.25	difficulties 0.25	punt 0.25	row 0.25
cheò_keó	insistence 0.5	invite 0.5
cheò_queo	coiled 0.25	curled 0.25	up 0.5
cheó	bias 0.125	cloth 0.0625	crisscross 0.125	crossed 0.125	crosswise 0.125	diagonal 0.1875	oblique 0.125	slanting 0.125
cheó_aó	coat 0.5	corner 0.5
cheó_go	cloth 0.25	diagonal 0.25	twill 0.5
chi	descent 0.07143	disburse 0.1429	leg 0.1429	limb 0.1429	line 0.07143	out 0.07143	pay 0.07143	spend 0.1429	you 0.1429
chi_bằng	better 0.5	would 0.5
chi_bộ	cell 1
chi_chà_là	date 0.5	palm 0.5
chi_chít	serried 0.5	tense 0.5
chi_cục	branch 1
chi_cục_trưởng	manager 1
chi_cử	zelkova 1
chi_dùng	money 0.5	spend 0.5
chi_li	minute 0.5	particular 0.5
chi_lợn	pig 1
chi_phiêú	cheek 0.3333	cheque 0.6667
chi_phí	expenditure 0.25	outlay 0.25	spend 0.25	spending 0.25
chi_phôí	control 0.3333	govern 0.3333	rule 0.3333
chi_tiêu	spend 1
chi_tiết	detail 0.3333	detailed 0.3333	part 0.3333
chi_viện	assist 0.5	support 0.5
chi_điếm	branch 1
chi_đoàn	branch 1
chia	distribute 0.2	divide 0.4	share 0.2	split 0.2
chia_cắt	divide 0.3333	isolate 0.3333	partition 0.3333
chia_lià	part 0.5	separate 0.5
chia_ly	dissociate 0.5	disunite 0.5
chia_rẽ	between 0.1111	divide 0.3333	drive 0.1111	ranks 0.1667	split 0.1667	wedge 0.1111
chia_sẻ	share 1
chia_tay	bye 0.1111	go 0.1667	good 0.1111	goodbye 0.1667	say 0.2778	shares 0.1667
chia_xẻ	split 0.5	up 0.5
chicago	chicago 1
chiec_non_k_dieu	fortune 0.5	wheel 0.5
chile	chile 1
chim	bird 1
chim_bạch_yến	canary 1
chim_bồ_câu	pigeon 1
chim_bồ_nông	pelican 1
chim_chià_vôi	wagtail 1
chim_chiền_chiện	lark 1
chim_chuột	love 0.5	woo 0.5
chim_chích	tailorbird 0.5	warbler 0.5
chim_chóc	birds 1
chim_cu	cuckoo 1
chim_cánh_cụt	penguin 1
chim_công	peacock 1
chim_cút	quail 1
chim_cắt	falcon 0.5	kestrel 0.5
chim_gõ_kiến	woodpecker 1
chim_hạc	crane 1
chim_hồng_y	cardinal 1
chim_muông	animals 0.5	beasts 0.25	birds 0.25
chim_ngoí	dove 0.5	turtle 0.5
chim_nhau	out 1
chim_nhạn	swallow 1
chim_non	birdie 1
chim_nuôi	poultry 1
chim_ri	munia 1
chim_sâu	flowerpecker 1
chim_sẻ	sparrow 1
chim_tước	canary 1
chim_xanh	pander 0.5	pimp 0.5
chim_ác_là	magpie 1
chim_đaị_bàng	eagle 1
chim_điên	booby 1
chim_ưng	falcon 0.5	hawk 0.5
chinh_chiến	fight 0.5	war 0.5
chinh_phu	warrior 1
chinh_phạt	expedition 0.3333	mount 0.3333	punitive 0.3333
chinh_phụ	warrior's 0.5	wife 0.5
chinh_phục	conquer 0.5	over 0.125	win 0.375
chita	chita 1
chià	extend 0.125	jut 0.0625	key 0.1667	like 0.04167	out 0.125	produce 0.125	protrude 0.125	show 0.125	stretch 0.0625	thing 0.04167
chià_khoá	key 1
chià_vít	screwdriver 1
chià_vôi	wagtail 1
chiã	direct 0.2	fish 0.1	fishing 0.1	fork 0.1	lance 0.1	point 0.2	train 0.2
chiêm	fifth 0.06667	late 0.2	lunar 0.06667	month 0.06667	out 0.1	rice 0.1	season 0.1	summer 0.3
chiêm_bao	dream 0.75	see 0.25
chiêm_baí	adore 1
chiêm_chiếp	cheep 0.5	chirp 0.5
chiêm_nghiệm	experienced 0.5	observing 0.5
chiêm_ngưỡng	gaze 0.5	veneration 0.5
chiêm_tinh_học	astrology 1
chiên	animal 0.1111	cloth 0.1111	fry 0.6667	hair 0.1111
chiêng	alloy 0.03125	also 0.02083	buffalo 0.03125	can 0.02083	copper 0.03125	echoing 0.03125	father 0.03125	forgetting 0.03125	gong 0.1354	heavy 0.03125	high 0.03125	imposing 0.0625	killing 0.03125	older 0.02083	pitch 0.03125	register 0.0625	romantic 0.03125	sinister 0.03125	sister 0.04167	slow 0.03125	sorrow 0.03125	tells 0.03125	tempo 0.03125	tomb 0.03125	vang 0.0625	witty 0.02083	younger 0.02083
chiêu	down 0.1667	left 0.3333	recruit 0.3333	wash 0.1667
chiêu_an	call 0.5	surrender 0.5
chiêu_baì	label 0.5	signboard 0.5
chiêu_binh	recruit 0.5	troops 0.5
chiêu_hiền	recruit 0.5	talents 0.5
chiêu_hôì	arms 0.3333	open 0.3333	policy 0.3333
chiêu_hồn	call 0.3333	soul 0.3333	up 0.3333
chiêu_mộ	enlist 0.5	recruit 0.5
chiêu_đaĩ	entertain 0.5	receive 0.5
chiêu_đaĩ_sở	guests 0.5	house 0.5
chiêù	afternoon 0.2	dimension 0.2	direction 0.2	evening 0.2	side 0.2
chiêù_cao	height 1
chiêù_chuộng	coddle 0.5	pamper 0.5
chiêù_daì	length 1
chiêù_rộng	width 1
chiêù_ý	defer 0.5	yield 0.5
chiêú	expose 0.2	mat 0.1	proclamation 0.1	project 0.2	radiate 0.2	royal 0.1	sedge 0.1
chiêú_bóng	cinema 0.5	movies 0.5
chiêú_chỉ	ordinances 0.3333	proclamations 0.3333	royal 0.3333
chiêú_cố	allowance 0.2	condescend 0.2	consider 0.2	deign 0.2	grant 0.1	privileges 0.1
chiêú_khán	visa 1
chiêú_lệ	form's 0.5	sake 0.5
chiêú_sáng	light 0.5	shine 0.5
chiêú_điện	ray 0.25	roentgenize 0.5	x 0.25
chiêủ	account 0.5	consider 0.5
chiú_chít	cheep 0.5	twitter 0.5
chiếc	a 0.5	single 0.5
chiếc_bóng	lonely 0.5	shadow 0.5
chiếc_cúp	trophy 1
chiếm	appropriate 0.3333	occupy 0.3333	up 0.3333
chiếm_cứ	occupy 1
chiếm_giữ	hold 1
chiếm_hưũ	hold 0.5	own 0.5
chiếm_lĩnh	control 1
chiếm_đoạt	appropriate 1
chiếm_đóng	occupy 0.5	occupying 0.1667	station 0.1667	troops 0.1667
chiếm_ưu_thế	dominance 1
chiến	bully 0.3333	clinking 0.3333	war 0.3333
chiến_baò	dress 0.5	war 0.5
chiến_baị	defeated 0.5	vanquished 0.5
chiến_binh	combatant 1
chiến_cuộc	complexion 0.25	situation 0.25	war 0.5
chiến_công	arms 0.5	feat 0.5
chiến_cụ	material 0.5	war 0.5
chiến_dịch	banner 0.25	campaign 0.5	movement 0.25
chiến_haò	combat 0.25	fighting 0.25	trench 0.5
chiến_hưũ	arms 0.5	brother 0.25	comrade 0.25
chiến_hạm	warship 1
chiến_khu	base 0.5	strategic 0.1667	theatre 0.1667	war 0.1667
chiến_luỹ	defence 0.3333	system 0.3333	works 0.3333
chiến_lơị_phẩm	booty 0.5	war 0.5
chiến_lược	strategic 0.3333	strategical 0.3333	strategy 0.3333
chiến_sĩ	fighter 0.3333	man 0.3333	soldier 0.3333
chiến_sự	fighting 0.5	hostilities 0.5
chiến_thuyền	gunboat 0.5	warship 0.5
chiến_thuật	action 0.06667	line 0.2	methods 0.06667	slogan 0.06667	tactical 0.2	tactics 0.4
chiến_thắng	over 0.2778	triumph 0.1667	victory 0.4444	win 0.1111
chiến_tranh	war 0.6667	warfare 0.3333
chiến_tranh_chớp_nhoáng	blitzkrieg 1
chiến_tranh_lạnh	cold 0.5	war 0.5
chiến_tranh_thế_giơí	war 0.5	world 0.5
chiến_trường	battlefield 0.6667	theatre 0.1667	war 0.1667
chiến_trận	battle 0.5	engagement 0.5
chiến_tuyến	fighting 0.1667	front 0.5	line 0.3333
chiến_tích	arms 0.5	exploit 0.25	feat 0.25
chiến_xa	combat 0.5	vehicle 0.5
chiến_đâú	battlefield 0.1667	combat 0.1667	fight 0.3333	militate 0.1667	struggle 0.1667
chiết	deduct 0.1667	extract 0.1667	layer 0.1667	nip 0.1667	pour 0.1667	stop 0.1667
chiết_giang	zhejiang 1
chiết_khâú	discount 1
chiết_quang	refringent 1
chiết_trung	eclectic 0.6667	eclectism 0.1667	practise 0.1667
chiết_xuất	extract 1
chiền	pagoda 1
chiền_chiện	skylark 1
chiụ	abide 0.2	accept 0.2	bear 0.4	sustain 0.2
chiụ_khó	pains 1
chiụ_nhục	affront 0.5	pocket 0.5
chiụ_phép	completely 0.3333	count 0.3333	powerless 0.3333
chiụ_tang	go 0.5	mourning 0.5
chiụ_theo	abide 1
chiụ_thua	up 0.5	yield 0.5
chiụ_trống	accept 0.5	cock 0.5
chiụ_tôị	guilty 0.5	plead 0.5
chiụ_đâù_hàng	cave 0.5	give 0.1667	in 0.1667	to 0.1667
chiụ_đực	accept 0.5	male 0.5
chiụ_đựng	abide 0.5	stand 0.5
chndth	china 0.3333	people's 0.3333	republic 0.3333
cho	for 0.25	give 0.375	to 0.375
cho_biết	known 0.2	report 0.2	said 0.2	say 0.2	tell 0.2
cho_hay	can 0.25	conclusion 0.5	infer 0.25
cho_mình	me 1
cho_mượn	lend 0.3333	loan 0.6667
cho_nên	hence 0.3333	therefore 0.6667
cho_phép	allow 0.3333	authorize 0.3333	permit 0.3333
cho_tên	name 1
cho_tôi	me 1
cho_ăn	feed 1
cho_đã	content 0.5	heart's 0.5
choai	fully 0.25	grown 0.25	teenage 0.5
choaì	dive 1
choaí	support 1
choaĩ	astride 0.25	foot 0.1667	slope 0.1667	stand 0.25	toward 0.1667
choi_choi	plover 1
chon_von	high 0.5	solitary 0.5
chong_chóng	pinwheel 0.5	propeller 0.5
choàng	clasp 0.25	embrace 0.25	put 0.125	round 0.125	startled 0.25
choá	glaring 1
choá_mắt	glaring 1
choán	encroach 0.3333	occupy 0.3333	usurp 0.3333
choáng	daze 0.25	shocked 0.25	swanky 0.5
choáng_lộn	shining 0.5	swanky 0.5
choáng_váng	dazed 0.3333	dizzy 0.3333	giddy 0.3333
choáng_óc	deafening 1
choé	bellied 0.06667	big 0.1667	bright 0.1	jar 0.1667	shrill 0.2	strident 0.2	translucent 0.1
choì	difficulty 0.125	emerge 0.125	mirador 0.125	rudimentary 0.125	shoot 0.125	tower 0.125	up 0.125	watch 0.125
choì_canh	tower 0.5	watch 0.5
choí	dazzling 0.25	shooting 0.25	shrill 0.25	stabbing 0.25
choí_loà	blindingly 0.5	dazzling 0.5
choí_loị	resplendent 1
choí_mắt	dazzilng 0.5	dazzle 0.25	eyes 0.25
choòng	bar 0.5	crow 0.5
choĩ	oppose 0.3333	resist 0.3333	support 0.3333
choạc	open 0.5	wide 0.5
choảng	beat 0.5	clang 0.25	strike 0.25
choắc	become 0.5	dwarged 0.5
choắt	shrivelled 0.5	stunted 0.5
choẹt	inexperienced 0.5	young 0.5
choị	bump 0.1667	clink 0.1667	confront 0.1667	fight 0.1667	front 0.1667	strictly 0.08333	symmetrical 0.08333
choị_gà	cock 0.5	fight 0.25	fighting 0.25
christmas	christmas 1
chu	all 0.25	right 0.25	satisfactory 0.5
chu_chuyển	rotate 1
chu_cấp	provide 1
chu_du	globe 0.5	trotter 0.25	trotting 0.25
chu_kỳ	cycle 0.5	period 0.5
chu_kỳ_kinh_nguyệt	menstruation 1
chu_sa	cinnabar 1
chu_toàn	discharged 0.125	fully 0.25	keep 0.125	seen 0.125	whole 0.375
chu_trình	cycle 1
chu_tất	careful 0.5	full 0.5
chu_vi	area 0.125	circumference 0.25	outskirts 0.25	perimeter 0.25	surrounding 0.125
chu_văn_an	classics 0.3333	confucian 0.3333	dissertations 0.3333
chu_đaó	thoughtful 1
chua	acid 0.1429	aluminous 0.1429	harsh 0.1429	sharp 0.1429	sour 0.1429	tough 0.1429	vinegary 0.1429
chua_cay	bitter 1
chua_chát	bitter 1
chua_ngoa	sharp 0.5	tongued 0.5
chua_ngọt	sour 0.5	sweet 0.5
chua_xót	heart 0.25	painfully 0.25	rending 0.25	sad 0.25
chui	cede 0.2	contraband 0.2	creep 0.2	glide 0.1	headlong 0.1	sneak 0.2
chui_luồn	cringe 1
chui_rúc	huddle 1
chukotka	chukotka 1
chum	big 0.5	jar 0.5
chun	contract 0.5	shrink 0.5
chung	basic 0.1429	common 0.2857	fundamental 0.1429	general 0.1429	public 0.1429	same 0.1429
chung_chung	unspecific 0.5	vague 0.5
chung_chạ	bed 0.3333	board 0.3333	share 0.3333
chung_cuộc	end 0.5	final 0.5
chung_kết	final 1
chung_quanh	area 0.25	neighbourhood 0.5	surrounding 0.25
chung_quy	analysis 0.25	last 0.25	whole 0.5
chung_thuỷ	faithful 0.5	loyal 0.5
chung_thân	life 1
chung_thẩm	exercise 0.3333	final 0.3333	jurisdiction 0.3333
chung_tình	love 0.4167	only 0.1667	person 0.1667	steadfast 0.25
chung_đúc	crystallize 1
chung_đụng	rub 0.5	shoulders 0.5
chuyên	assiduous 0.125	decant 0.125	diligent 0.125	expert 0.125	hand 0.0625	mainly 0.0625	occupying 0.0625	pass 0.0625	specialized 0.125	versed 0.125
chuyên_chính	dictatorship 0.75	exercise 0.25
chuyên_chú	address 1
chuyên_chế	absolute 0.1667	authority 0.1667	autocrat 0.25	hold 0.1667	rule 0.25
chuyên_chở	transport 1
chuyên_cần	assiduous 0.3333	diligent 0.3333	industrious 0.3333
chuyên_dùng	specially 1
chuyên_gia	authority 0.25	expert 0.25	professional 0.25	specialist 0.25
chuyên_hoá	specialize 1
chuyên_khaỏ	monograph 1
chuyên_khoa	speciality 1
chuyên_môn	knowledge 0.125	profession 0.125	professional 0.125	skill 0.125	speciality 0.25	specialized 0.25
chuyên_môn_hoá	specialist 0.5	specialized 0.5
chuyên_nghiệp	profession 0.25	professional 0.25	trade 0.25	vocation 0.25
chuyên_ngành	limited 0.5	speciality 0.5
chuyên_viên	expert 0.5	specialist 0.5
chuyên_viên_điạ_ốc	realtor 1
chuyên_đề	special 0.5	subject 0.5
chuyến	flight 0.3333	time 0.3333	trip 0.3333
chuyến_bay	flight 1
chuyến_thăm	visit 1
chuyến_trước	last 0.5	time 0.5
chuyền	carry 0.5	pass 0.5
chuyển	change 0.2	move 0.2	over 0.1	shift 0.2	switch 0.1	transfer 0.2
chuyển_biên	arrange 1
chuyển_biến	change 0.5	evolve 0.5
chuyển_bánh	moving 0.5	start 0.5
chuyển_di	move 0.5	transfer 0.5
chuyển_dạ	begin 0.5	labour 0.5
chuyển_dịch	move 0.5	transfer 0.5
chuyển_giao	hand 0.25	over 0.75
chuyển_hoá	change 0.5	transform 0.5
chuyển_hướng	shift 1
chuyển_khoản	transfer 1
chuyển_ngữ	language 0.25	vehicle 0.5	vehicular 0.25
chuyển_nhượng	transfer 1
chuyển_taỉ	transclude 1
chuyển_tiếp	transition 1
chuyển_tự	transliterate 1
chuyển_vần	vicissitude 0.5	whirligig 0.5
chuyển_vị	transpose 1
chuyển_đi	remove 1
chuyển_đôỉ_số	digital 0.5	transformation 0.5
chuyển_đạt	communicate 0.5	transmit 0.5
chuyển_động	move 0.5	rock 0.5
chuyện	fuss 0.1429	job 0.1429	matter 0.07143	story 0.2857	talk 0.1429	trouble 0.1429	work 0.07143
chuyện_cổ_tích	fairy 0.5	tale 0.5
chuyện_kể	account 1
chuyện_phiếm	idle 0.5	talk 0.5
chuyện_tình	cove 0.5	story 0.5
chuyện_vãn	away 0.3333	chat 0.3333	time 0.3333
chuà	pagoda 1
chuà_chiền	pagoda 0.5	pagodas 0.5
chuá	creator 0.125	god 0.25	governor 0.125	lord 0.125	master 0.125	suzerain 0.25
chuá_cha	father 0.5	holy 0.5
chuá_công	lord 1
chuá_cơ_đốc	christ 1
chuá_kitô	christ 1
chuá_trơì	creator 0.5	god 0.5
chuá_tể	ruler 0.5	supreme 0.5
chuì	mop 0.2	off 0.2	rub 0.1	scrape 0.1	wipe 0.4
chuì_ghaú	fart 1
chuì_sạch	wipe 1
chuí	bend 0.1667	completely 0.25	engrossed 0.25	forward 0.1667	head 0.1667
chuôi	handle 0.5	hilt 0.5
chuôm	branch 0.1111	dipped 0.1111	pool 0.3333	puddle 0.3333	water 0.1111
chuông	bell 0.5	buzzer 0.25	glockenspiel 0.25
chuông_caó_phó	bell 0.5	death 0.25	passing 0.25
chuông_cưả	doorbell 1
chuôì	drop 0.04762	glide 0.1429	neatly 0.04762	peal 0.1429	quickly 0.04762	round 0.1429	series 0.1429	string 0.1429	succession 0.1429
chuôí	banana 1
chuôí_hoa	canna 1
chuôí_sơị	abaca 1
chuôĩ	chain 0.25	series 0.25	string 0.5
chuôĩ_hạt	necklace 1
chuôĩ_ngaỳ	days 0.5	succession 0.5
chuôị	bleach 0.3333	fingers 0.1111	parboil 0.3333	slip 0.1111	through 0.1111
chuẩn	criterion 0.25	mark 0.08333	standard 0.4583	up 0.2083
chuẩn_bị	prepare 0.5	ready 0.25	reserve 0.25
chuẩn_chi	authorize 1
chuẩn_mực	standard 1
chuẩn_mực_hoá	standardize 1
chuẩn_tinh	quasar 1
chuẩn_tướng	brigadier 0.5	general 0.5
chuẩn_uý	commissioned 0.3333	officer 0.3333	warrant 0.3333
chuẩn_xác	accurate 0.5	fully 0.5
chuẩn_y	approve 0.5	grant 0.5
chuẩn_đích	goal 0.5	norm 0.5
chuốc	ask 0.1667	bring 0.08333	court 0.1667	guests 0.05556	head 0.08333	look 0.1667	out 0.05556	pains 0.1667	pour 0.05556
chuốt	polish 1
chuồn	blow 0.25	hop 0.25	move 0.125	scarce 0.25	stealthily 0.125
chuồn_chuồn	dragon 0.5	fly 0.5
chuồng	cage 0.3333	coop 0.1667	enclosure 0.1667	stable 0.1667	sty 0.1667
chuồng_traị	breeding 0.5	facilities 0.5
chuồng_xí	latrine 1
chuộc	ransom 0.5	redeem 0.5
chuộc_tôị	atone 0.5	sins 0.5
chuộng	attach 0.5	importance 0.5
chuột	mouse 0.5	rat 0.5
chuột_bạch	albinic 0.5	mouse 0.5
chuột_chuĩ	mole 1
chuột_chù	mouse 0.5	shrew 0.5
chuột_cống	brown 0.25	rat 0.5	sewer 0.25
chuột_lang	guinea 0.5	pig 0.5
chuột_nhaỷ	gerbil 1
chuột_nhắt	house 0.5	mouse 0.5
chuột_nâu	brown 0.5	rat 0.5
chuột_rút	cramp 1
chuột_tuí	kangaroo 1
chuột_đồng	field 0.25	hamster 0.5	mouse 0.25
chuỳ	club 0.2	heavy 0.1	thrashing 0.1	thump 0.2	thwack 0.2	whack 0.2
chà	crush 0.5	scrape 0.5
chà_bông	rousong 1
chà_là	date 0.75	palm 0.25
chà_xát	again 0.3333	rub 0.3333	time 0.3333
chà_đạp	trample 1
chàm	anil 0.25	eczema 0.25	indigo 0.375	plant 0.125
chàng	bladed 0.1111	chisel 0.1111	gentleman 0.1667	large 0.1111	love 0.1667	true 0.1667	young 0.1667
chàng_hiu	frog 0.5	tree 0.5
chàng_hảng	straddle 1
chàng_mạng	chador 1
chàng_trai	fellow 0.5	lad 0.5
chành	open 0.5	wide 0.5
chành_bành	open 0.5	wide 0.5
chán	blue 0.1667	disgusted 0.1667	dull 0.1667	old 0.1667	satiated 0.1667	tired 0.1667
chán_bứ	entirely 0.5	satiated 0.5
chán_chê	enough 0.5	more 0.5
chán_chưa	annoying 0.5	how 0.5
chán_chường	embittered 0.5	weary 0.5
chán_chết	boring 0.5	death 0.5
chán_ghét	dislike 0.5	disrelish 0.5
chán_ngán	discontented 0.5	utterly 0.5
chán_ngâý	fed 0.5	up 0.5
chán_ngắt	boring 0.25	dull 0.25	tedious 0.25	wearisome 0.25
chán_nản	blue 0.3333	disheartened 0.3333	dispirited 0.3333
chán_phè	disgusting 0.3333	humdrum 0.3333	ikksome 0.3333
chán_tai	ears 0.5	jaded 0.5
chán_vạn	oceans 0.5	oodles 0.5
chán_ăn	appetite 0.5	lose 0.5
chán_đơì	living 0.5	tired 0.5
chánh	chief 0.25	head 0.25	sprig 0.25	twig 0.25
chánh_chủ_khaỏ	board 0.3333	chairman 0.3333	examiners 0.3333
chánh_hôị	assembly 0.3333	rural 0.3333	speaker 0.3333
chánh_phạm	author 0.3333	crime 0.3333	principal 0.3333
chánh_sứ	chief 0.5	envoy 0.5
chánh_thanh_tra	chief 0.5	inspector 0.5
chánh_thức	official 1
chánh_tổng	canton 0.5	chief 0.5
chánh_văn_phòng	chief 0.5	office 0.3333	secretariat 0.1667
chánh_án	president 0.5	tribunal 0.5
chánh_đảng	party 0.75	political 0.25
chát	acerbic 0.25	acrid 0.5	clang 0.25
chát_tai	ear 0.3333	piercing 0.3333	strident 0.3333
chát_xít	acrid 0.5	shockingly 0.5
châm	acupuncture 0.1667	kindle 0.1667	light 0.3333	prick 0.1667	sting 0.1667
châm_biếm	satirize 1
châm_chích	sneer 0.5	taunt 0.5
châm_chước	adjust 0.2	allow 0.2	balance 0.2	forgive 0.2	lessen 0.1	requirement 0.1
châm_chọc	against 0.1111	indulge 0.1111	personalities 0.1111	sneer 0.3333	taunt 0.3333
châm_cưú	acupuncture 0.8333	ignipuncture 0.1667
châm_ngôn	saw 0.5	saying 0.5
chân	foot 0.3333	leg 0.3333	member 0.08333	paw 0.1667	position 0.08333
chân_châú	saw 0.5	teeth 0.5
chân_chính	authentic 0.3333	genuine 0.3333	true 0.3333
chân_chỉ	minded 0.3333	simple 0.3333	truthful 0.3333
chân_chỉ_hạt_bột	simplemimded 0.5	truthful 0.5
chân_dung	portrait 1
chân_giá_trị	true 0.5	worth 0.5
chân_giò	trotters 1
chân_giả	ammunition 0.1667	cork 0.1667	leg 0.3333	pseudopod 0.3333
chân_không	vacuum 1
chân_khớp	arthopod 1
chân_kính	jewel 1
chân_lý	axiom 0.3333	truth 0.6667
chân_mây	horizon 0.75	line 0.25
chân_như	eternal 0.5	truth 0.5
chân_phương	plain 1
chân_quỳ	console 0.5	curved 0.25	leg 0.25
chân_răng	root 1
chân_rết	centipede 0.3333	foot 0.3333	shaped 0.3333
chân_tay	limbs 1
chân_taì	talent 0.5	true 0.5
chân_thành	heartfelt 0.3333	loyal 0.3333	sincere 0.3333
chân_thật	candid 0.25	frank 0.25	life 0.125	true 0.125	truthful 0.25
chân_truyền	orthodox 1
chân_trơì	horizon 0.3333	prospect 0.3333	vista 0.3333
chân_trơì_sự_kiện	event 0.5	horizon 0.5
chân_trắng	commoner 0.5	plebeian 0.5
chân_tu	believer 0.5	true 0.5
chân_tâm	heart 0.25	sincerity 0.5	true 0.25
chân_tình	heartfelt 0.25	heartiness 0.25	sincere 0.25	sincerity 0.125	utter 0.125
chân_tóc	root 1
chân_tướng	cloven 0.25	hoof 0.25	nature 0.25	true 0.25
chân_vạc	like 0.25	tripodal 0.5	troika 0.25
chân_vịt	propeller 0.5	screw 0.5
chân_xác	sincerity 0.5	truth 0.5
chân_đất	barefoot 1
châu	continent 0.25	district 0.125	huddle 0.125	mountain 0.125	tear 0.25	together 0.125
châu_baú	valuables 1
châu_châú	grasshopper 1
châu_haỉ	zhuhai 1
châu_mỹ	america 1
châu_nam_cực	antarctica 1
châu_phi	africa 1
châu_thổ	delta 1
châu_á	asia 1
châu_âu	europe 1
châu_úc	australia 1
châu_đaị_dương	oceania 1
châù	bout 0.1667	geishas 0.08333	period 0.1667	round 0.1667	season 0.1667	session 0.1667	soiree 0.08333
châù_chực	attend 0.5	cool 0.25	heels 0.25
châù_rià	kibitz 0.5	look 0.5
châù_trơì	away 0.25	die 0.5	pass 0.25
châù_văn	chant 0.3333	sung 0.3333	trance 0.3333
châý	grill 0.1667	ground 0.1667	head 0.3333	louse 0.3333
châũ_chuộc	hylarana 1
châũ_chàng	racophorus 1
châụ	basin 0.5	pot 0.5
châụ_hoa	flowerpot 1
châỳ	later 0.5	long 0.5
chè	porridge 0.1667	sweetened 0.1667	tea 0.6667
chè_chén	feast 1
chè_hương	flavoured 0.25	scented 0.25	tea 0.5
chè_hạt	buds 0.3333	flower 0.3333	tea 0.3333
chè_lá	baksheesh 0.3333	bribe 0.3333	cigarettes 0.1667	tea 0.1667
chè_mạn	brown 0.5	tea 0.5
chèn	block 0.2	chock 0.2	choke 0.2	cut 0.1	deliberately 0.1	fast 0.2
chèn_ép	back 0.25	block 0.5	keep 0.25
chém	cut 0.2	guillotine 0.2	stick 0.2	sting 0.2	wedge 0.2
chém_giết	massacre 0.5	slaughter 0.5
chém_đâù	behead 0.5	decapitate 0.5
chén	booze 0.2	bowl 0.3	cup 0.4	small 0.1
chén_cơm	bowl 0.5	rice 0.5
chén_uống_trà	teacup 1
chép	copy 0.5	record 0.5
chép_miệng	chirp 1
chê	down 0.25	little 0.5	run 0.25
chê_bai	disparage 0.5	scornfully 0.25	speak 0.25
chêm	pack 0.5	wedge 0.5
chênh	different 0.1667	levels 0.1667	tilted 0.3333	uneven 0.3333
chênh_lệch	different 0.1667	levels 0.1667	unequal 0.3333	uneven 0.3333
chênh_vênh	tottering 0.5	tottery 0.5
chì	lead 0.6667	sinker 0.3333
chì_chiết	nag 1
chìm	sink 1
chìm_nghỉm	deep 0.5	sink 0.5
chìm_đắm	sunk 1
chí	ambition 0.1429	down 0.1429	extremely 0.1429	head 0.07143	louse 0.07143	to 0.1429	utterly 0.1429	will 0.1429
chí_choé	gibber 0.5	strident 0.5
chí_chát	clang 0.5	clanging 0.5
chí_chết	death 1
chí_công	just 1
chí_hiêú	pious 1
chí_hướng	purpose 0.5	sense 0.5
chí_khí	strong 0.5	will 0.5
chí_nguyện	wish 1
chí_nguyện_quân	troop 0.25	volunteer 0.75
chí_sĩ	scholar 0.3333	strong 0.3333	willed 0.3333
chí_thiết	close 0.5	intimate 0.5
chí_thú	devoted 0.5	interested 0.5
chí_tuyến	tropic 1
chí_tình	wholehearted 1
chí_tôn	most 0.5	venerated 0.5
chí_tử	deadly 0.5	death 0.5
chí_yêú	important 0.5	most 0.5
chí_ác	wicked 1
chí_ít	least 1
chích	inject 0.25	lance 0.25	sting 0.25	tap 0.25
chích_ngưà	immunisation 0.25	inoculate 0.5	shot 0.25
chín	nine 0.6667	ninth 0.3333
chín_chắn	mature 1
chín_cây	ripened 0.5	tree 0.5
chín_giờ	nine 0.5	o'clock 0.5
chín_muôì	ripe 1
chín_mé	whitlow 1
chín_môí	hades 0.5	hell 0.5
chín_mươi	ninety 1
chín_nhừ	overdone 1
chín_suôí	hades 0.5	nether 0.25	regions 0.25
chính	capital 0.125	cardinal 0.125	just 0.25	main 0.25	principal 0.125	righteous 0.125
chính_biến	political 0.25	putsch 0.5	upheaval 0.25
chính_chuyên	virtuous 1
chính_khách	politician 1
chính_phủ	cabinet 0.1667	government 0.8333
chính_quyền	administration 0.2857	authorities 0.1429	government 0.2857	power 0.07143	regime 0.1429	state 0.07143
chính_quyền_điạ_phương	authorities 0.25	government 0.25	local 0.5
chính_sách	policies 0.3333	policy 0.6667
chính_sách_khủng_bố	terrorism 1
chính_sách_phục_thù	revanchism 1
chính_sách_trả_thù	revanchism 1
chính_thể	regime 1
chính_thức	fledged 0.25	full 0.25	official 0.5
chính_thức_hoá	officialize 1
chính_trị	political 0.3333	politics 0.6667
chính_trị_gia	politician 1
chính_trị_phạm	political 0.25	prisoner 0.5	state 0.25
chính_trị_viên	instructor 0.5	political 0.5
chính_tả	dictation 0.5	spelling 0.5
chính_xác	just 1
chính_đáng	legitimate 1
chính_đảng	party 0.5	political 0.5
chíp	keep 0.5	tighten 0.5
chít	closely 0.1	fill 0.2	fit 0.1	head 0.06667	round 0.06667	stitch 0.1	stop 0.2	tighter 0.1	wind 0.06667
chít_chít	squeak 1
chò	parashorea 1
chòm	grove 0.25	hamlet 0.125	small 0.125	thicket 0.25	tuft 0.25
chòm_sao	constellation 1
chòm_sao_bắc_đâủ	big 0.5	dipper 0.5
chòm_xóm	hamlet 0.6667	sub 0.3333
chòng	tease 1
chòng_chành	cranky 0.5	shaky 0.5
chòng_chọc	fixed 1
chó	ass 0.25	cur 0.25	dog 0.25	donkey 0.25
chó_biển	dog 0.25	sea 0.25	seal 0.5
chó_chăn_cưù_đức	german 0.5	shepherd 0.5
chó_chết	damned 1
chó_con	puppy 1
chó_lôị_nước	dog 0.5	water 0.5
chó_má	cads 0.25	curs 0.25	dogs 0.5
chó_ngao_tây_tạng	mastiff 0.5	tibetan 0.5
chó_soí	wolf 1
chó_soí_đất	aardwolf 1
chó_săn	dog 0.5	hunting 0.1667	running 0.3333
chó_đêủ	arrant 0.5	cur 0.5
chóng	fast 0.3333	quick 0.3333	rapid 0.3333
chóng_mặt	dizzy 1
chóng_vánh	expeditious 0.5	prompt 0.5
chóp	cap 0.3333	summit 0.3333	top 0.3333
chóp_bu	notch 0.5	top 0.5
chóp_chép	noise 0.5	smacking 0.5
chóp_chóp	noise 0.5	smacking 0.5
chót	end 0.2	extremity 0.2	glaring 0.2	last 0.2	staring 0.2
chót_vót	towering 1
chôm_chôm	rambutan 1
chôn	bury 0.6667	fix 0.1667	ground 0.1667
chôn_chân	confine 0.3333	down 0.1667	keep 0.1111	pin 0.1667	shut 0.1111	up 0.1111
chôn_cất	inter 1
chông	spike 1
chông_chênh	tottering 1
chông_gai	dangers 0.1667	difficulties 0.3333	obstacles 0.1667	spikes 0.1667	thorns 0.1667
chôì	bud 0.5	shoot 0.5
chôì_rễ	sucker 1
chôí	deny 0.1667	down 0.08333	insupportable 0.1667	intolerable 0.1667	refuse 0.1667	turn 0.08333	unbearable 0.1667
chôí_caĩ	deny 0.5	refute 0.5
chôỉ	broom 0.6667	brush 0.3333
chõ	direct 0.25	mouth 0.25	steamer 0.5
chõm	pinch 1
chõm_choẹ	imposing 1
chõng	bamboo 0.3333	bed 0.3333	narrow 0.3333
chùm	bunch 0.25	cluster 0.25	pencil 0.25	raceme 0.25
chùm_hoa	cluster 0.5	flowers 0.5
chùm_ruột	gooseberry 1
chùn	flinch 0.3333	recoil 0.3333	shrink 0.3333
chùng	baggy 0.5	slack 0.5
chú	paternal 0.1667	uncle 0.8333
chú_dẫn	key 0.5	note 0.25	quotation 0.25
chú_giaỉ	key 1
chú_mục	attention 0.25	concentrate 0.25	gaze 0.5
chú_rể	bridegroom 1
chú_sam	sam 0.5	uncle 0.5
chú_thích	note 0.3333	notes 0.1667	provide 0.1667	thief 0.3333
chú_trọng	attach 0.3333	importance 0.3333	special 0.3333
chú_ý	attention 0.375	concerned 0.125	constantly 0.125	out 0.125	pay 0.125	watch 0.125
chúc	congee 0.375	rice 0.125	tilt 0.25	wish 0.25
chúc_may_mắn	good 0.25	luck 0.25	well 0.25	wish 0.25
chúc_mừng	congratulate 1
chúc_mừng_giáng_sinh	christmas 0.5	merry 0.5
chúc_mừng_năm_mơí	happy 0.3333	new 0.3333	year 0.3333
chúc_mừng_sinh_nhật	birthday 0.5	happy 0.5
chúc_ngủ_ngon	good 0.25	night 0.75
chúc_thư	testament 0.5	will 0.5
chúc_thọ	longevity 0.5	wish 0.5
chúc_từ	eulogy 0.3333	formal 0.3333	wishes 0.3333
chúc_đaì	candlestick 1
chúm	round 1
chúm_chím	open 0.5	slightly 0.5
chúng	masses 0.1667	them 0.1667	they 0.1667	us 0.1667	we 0.1667	you 0.1667
chúng_mình	pals 0.3333	us 0.3333	we 0.3333
chúng_nó	them 0.5	they 0.5
chúng_sinh	beings 0.5	living 0.5
chúng_ta	us 0.3333	we 0.6667
chúng_tôi	us 0.3333	we 0.6667
chút	grandchild 0.1667	great 0.3333	jot 0.5
chút_chít	dumpy 0.5	squeak 0.5
chút_xiú	bit 0.25	dash 0.5	tiny 0.25
chút_ít	little 1
chút_đỉnh	bit 0.5	little 0.5
chăm	after 0.01961	assiduous 0.05882	betrothals 0.05882	bini 0.02941	cam 0.02941	cambini 0.05882	diligent 0.05882	diligently 0.01961	however 0.05882	husbandry 0.05882	idioms 0.05882	indian 0.01961	inspired 0.01961	kamai 0.02941	look 0.01961	pakei 0.02941	patauw 0.02941	puzzles 0.05882	sah 0.02941	sayings 0.05882	songs 0.05882	ummurup 0.05882	vishnus 0.01961	work 0.05882
chăm_bón	cultivate 0.5	tend 0.5
chăm_chú	concentrating 0.5	concentration 0.5
chăm_chút	nurse 1
chăm_chắm	fixedly 0.5	look 0.5
chăm_chỉ	assiduous 0.3333	hardworking 0.3333	laborious 0.3333
chăm_nom	care 1
chăm_sóc	attend 0.3333	care 0.3333	mother 0.3333
chăn	blanket 0.25	breed 0.125	graze 0.125	herd 0.125	pasture 0.125	raise 0.125	tend 0.125
chăn_chiêú	blanket 0.25	conjugal 0.25	life 0.25	mat 0.25
chăn_dắt	herd 0.3333	mind 0.3333	tend 0.3333
chăn_gôí	bed 0.1667	blanket 0.1667	board 0.1667	connubiality 0.3333	pillow 0.1667
chăn_nuôi	breed 0.5	raise 0.5
chăn_thả	graze 0.5	pasture 0.5
chăn_trâu	flock 1
chăng	any 0.1667	does 0.08333	doesn't 0.1667	is 0.08333	isn't 0.1667	it 0.1667	surely 0.1667
chăng_lươí	net 0.5	spead 0.5
chăng_màn	hang 0.3333	mosquito 0.3333	net 0.3333
chăng_nưã	even 1
chĩm_choẹ	cymbal 1
chĩnh	jar 0.5	terracotta 0.5
chĩnh_chện	grand 0.5	stately 0.5
chũ_nghiã_quân_phiệt	militarism 1
chũm_choẹ	cymbal 1
chũn_chĩn	chubby 0.5	plump 0.5
chơ_vơ	derelict 0.5	desolate 0.5
chơi	play 1
chơi_bơì	friends 0.3333	indulge 0.1667	play 0.5
chơi_chữ	play 0.25	pun 0.5	words 0.25
chơi_gaí	frequent 0.5	prostitutes 0.5
chơi_ngang	act 0.25	adultery 0.25	commit 0.25	unconventionally 0.25
chơi_trôị	airs 1
chơi_vơi	lonely 0.5	solitary 0.5
chơi_ác	nasty 0.3333	play 0.3333	trick 0.3333
chơi_đuà	play 1
chơi_đĩ	frequent 0.5	prostitutes 0.5
chơm_chởm	bristling 0.3333	craggy 0.3333	rugged 0.3333
chư	letter 1
chư_hâù	satellite 0.1667	state 0.3333	vassal 0.5
chư_in	print 1
chư_tướng	all 0.5	generals 0.5
chưa	yet 1
chưa_bao_giờ	never 1
chưa_chừng	maybe 0.5	perhaps 0.5
chưa_hề	never 1
chưng	distil 0.3333	off 0.1667	show 0.1667	sport 0.3333
chưng_cất	distil 1
chưng_diện	off 0.25	showing 0.25	swanky 0.5
chưà	alone 0.1	desist 0.2	leave 0.3	spare 0.2	up 0.2
chưá	contain 0.25	full 0.25	hold 0.25	keep 0.25
chưá_chan	overflowing 0.5	suffuse 0.5
chưá_chấp	receive 0.5	shelter 0.5
chưá_chất	charged 0.5	fraught 0.5
chưá_đựng	filled 0.5	pregnant 0.5
chưã	alter 0.1429	correct 0.2857	cure 0.1429	doctor 0.1429	repair 0.1429	treat 0.1429
chưã_bịnh	cure 0.5	patient 0.25	treat 0.25
chưã_thẹn	mitigate 0.5	shame 0.5
chương	chapter 1
chương_châu	zhangzhou 1
chương_trình	plan 0.25	program 0.25	programme 0.25	syllabus 0.25
chương_trình_truyền_hình	show 0.5	television 0.5
chưả	child 0.25	pregnant 0.25	repair 0.25	young 0.25
chưả_hoang	trouble 1
chưỉ	abuse 0.5	call 0.25	names 0.25
chưỉ_bơí	bad 0.3333	call 0.3333	names 0.3333
chưỉ_mắng	abuse 0.5	scold 0.5
chưỉ_ruả	curse 0.5	revile 0.5
chưỉ_thề	bounce 0.1667	out 0.3333	slip 0.1667	swear 0.3333
chước	dispense 0.1667	dodge 0.1667	excuse 0.1667	exempt 0.1667	resort 0.1667	trick 0.1667
chướng	offending 0.125	sight 0.125	unaesthetic 0.25	unseemly 0.25	unsound 0.25
chướng_khí	miasma 1
chướng_ngaị	hurdle 0.5	obstacle 0.5
chướng_ngaị_vật	barricade 0.5	barrier 0.5
chướng_tai	unacceptable 0.5	unpalatable 0.5
chườm	apply 0.5	compresses 0.5
chường	appear 1
chưởng_bạ	land 0.3333	registrar 0.3333	village 0.3333
chưởng_khế	notary 0.75	public 0.25
chưởng_lý	attorney 0.3333	general 0.3333	proscentor 0.1667	public 0.1667
chưởng_ấn	keeper 0.5	seals 0.5
chượp	brined 0.5	fish 0.5
chạ	promiscuous 1
chạc	bamboo 0.1667	cord 0.1667	fork 0.5	plaited 0.1667
chạch	loach 1
chạm	carve 0.2	encounter 0.2	hurt 0.2	touch 0.4
chạm_chìm	intaglio 1
chạm_cốc	clink 0.5	glasses 0.5
chạm_cữ	baby 0.5	said 0.5
chạm_mặt	face 0.8333	meet 0.1667
chạm_ngõ	pay 0.3333	plighting 0.3333	visit 0.3333
chạm_nọc	cut 0.25	quick 0.25	raw 0.25	touch 0.25
chạm_trán	face 0.8333	meet 0.1667
chạm_trổ	carve 1
chạm_viá	bad 0.1667	bring 0.1667	jinx 0.25	luck 0.1667	put 0.25
chạn	cupboard 0.3333	larder 0.3333	pantry 0.3333
chạng	astride 0.5	stand 0.5
chạng_vạng	dusk 0.5	nightfall 0.25	twilight 0.25
chạnh_lòng	affected 0.5	moved 0.5
chạp	last 0.25	month 0.5	twelfth 0.25
chạt	pond 0.5	salt 0.5
chả	chopped 0.25	fish 0.08333	grilled 0.25	kabab 0.125	meat 0.08333	shish 0.125	shrimp 0.08333
chả_giò	egg 0.25	roll 0.5	spring 0.25
chả_là	because 1
chả_rán	crab 0.06667	dipped 0.1	duck 0.1	eggs 0.1	fried 0.1333	meat 0.06667	pepper 0.2	roll 0.1333	spicy 0.1
chả_viên	ball 0.3333	forcemeat 0.3333	quenelle 0.3333
chấm	dot 0.25	full 0.1389	period 0.1667	point 0.1667	put 0.1389	stop 0.1389
chấm_chấm	stipple 1
chấm_câu	punctuation 1
chấm_công	mark 0.3333	points 0.3333	work 0.3333
chấm_dứt	bring 0.1667	end 0.5	terminate 0.3333
chấm_hoỉ	mark 0.5	question 0.5
chấm_lửng	ellipsis 1
chấm_phá	sketch 1
chấm_phâỷ	colon 0.5	semi 0.5
chấm_phần	apart 0.25	out 0.1667	part 0.1667	secure 0.25	stake 0.1667
chấm_than	exclamation 0.5	mark 0.5
chấn_chỉnh	correct 0.3333	dress 0.3333	reorganize 0.3333
chấn_hưng	prevail 0.5	prosper 0.5
chấn_song	bar 0.5	pale 0.5
chấn_thương	trauma 1
chấn_tâm	epicentre 1
chấn_tử	vibrator 0.5	wires 0.5
chấn_áp	oppress 1
chấn_động	produce 0.5	stir 0.5
chấp	accept 0.1667	against 0.08333	defy 0.1667	grant 0.1667	grudge 0.08333	handicap 0.08333	resent 0.1667	some 0.08333
chấp_bút	down 0.3333	put 0.3333	writing 0.3333
chấp_chính	assume 0.5	power 0.5
chấp_chơí	flicker 0.5	leeringly 0.25	wink 0.25
chấp_hành	execute 0.5	implement 0.5
chấp_nhất	stickler 1
chấp_nhận	accept 0.6667	agree 0.3333
chấp_nhặt	resent 1
chấp_sự	deacon 1
chấp_thuận	agree 0.5	grant 0.5
chất	heap 0.1667	matter 0.1667	pile 0.1667	quality 0.1667	substance 0.3333
chất_baỏ_quản	preservative 1
chất_beó	lipid 1
chất_bán_dẫn	semiconductor 1
chất_chaý	inflammable 0.5	wildfire 0.5
chất_chưá	amass 0.5	cumulate 0.5
chất_chưởng	erratic 0.3333	inconsistent 0.1667	unreliable 0.3333	words 0.1667
chất_deỏ	plastic 1
chất_diệp_lục	chlorophyll 1
chất_dẫn	conductor 1
chất_khoáng	matter 0.5	mineral 0.5
chất_khí	gas 1
chất_kích_thích	stimulant 1
chất_liêụ	material 1
chất_lưu	fluid 1
chất_lượng	quality 1
chất_lắng	excrement 0.5	feces 0.5
chất_lỏng	liquid 1
chất_maì_mòn	abrasive 1
chất_ngọt	sweetener 1
chất_nổ	explosive 1
chất_phác	rustic 0.5	simple 0.5
chất_rắn	solid 1
chất_sinh_sắt	chromosome 1
chất_thaỉ	waste 1
chất_vấn	ask 0.5	question 0.5
chất_xám	grey 0.5	matter 0.5
chất_xương	bone 1
chất_đạm	matter 0.25	nitrogenous 0.25	protein 0.5
chất_đốt	fuel 1
chất_độc	poison 0.6667	toxic 0.3333
chầm	haste 0.5	sudden 0.5
chầm_bập	warm 1
chầm_chậm	rather 0.5	slow 0.5
chầm_chập	partiality 0.5	utter 0.5
chần	blanch 0.25	down 0.125	dress 0.125	scald 0.25	stitch 0.25
chần_chừ	dally 0.1667	dilly 0.1667	haw 0.1667	hum 0.1667	waver 0.3333
chẩm	occipital 1
chẩn	alms 0.5	relief 0.5
chẩn_bệnh	diagnose 0.75	disease 0.25
chẩn_bịnh	diagnose 0.5	disease 0.25	examine 0.25
chẩn_mạch	diagnose 0.3333	feeling 0.3333	pulse 0.3333
chẩn_trị	diagnose 0.5	traet 0.5
chẩn_y_viện	dispensary 1
chẩn_đoán	diagnose 0.25	diagnosis 0.5	prognosis 0.25
chậc	well 1
chậm	slow 1
chậm_chạp	slow 1
chậm_raĩ	deliberate 0.5	leisurely 0.5
chậm_tiến	behind 0.25	lagging 0.25	underdeveloped 0.5
chậm_tiến_độ	behind 0.1667	delay 0.3333	delayed 0.3333	schedule 0.1667
chậm_trễ	tardy 1
chận_đứng	arrest 0.3333	cheek 0.3333	stop 0.3333
chập	ancestor 0.06667	contact 0.06667	direct 0.06667	fasten 0.1	put 0.06667	tangle 0.2	together 0.2	tombs 0.06667	twist 0.1	visit 0.06667
chập_choạng	half 0.125	light 0.125	tottering 0.25	twilight 0.25	unsteady 0.25
chập_chờn	doze 0.5	flicker 0.5
chập_chững	toddling 1
chập_tôí	dusk 0.5	nightfall 0.5
chật	crammed 0.1667	narrow 0.3333	overcrowded 0.1667	packed 0.1667	tight 0.1667
chật_chôị	cramped 1
chật_chưỡng	cranky 0.3333	unstable 0.3333	unsteady 0.3333
chật_hẹp	cramped 0.2	narrow 0.4	petty 0.2	strait 0.2
chật_vật	exertion 0.08333	lot 0.08333	requiring 0.08333	strenuous 0.25	toilsome 0.25	tough 0.25
chắc	firm 0.1667	secure 0.1667	solid 0.1667	steady 0.1667	sure 0.1667	surely 0.1667
chắc_chân	job 0.25	position 0.25	stable 0.5
chắc_chắn	cock 0.08333	definitely 0.1667	doubt 0.1667	reliable 0.1667	reliably 0.08333	safe 0.1667	solid 0.08333	sure 0.08333
chắc_hẳn	certainly 0.5	surely 0.5
chắc_nịch	firm 1
chắc_rằng	guess 1
chắn	back 0.07143	bar 0.1429	barrier 0.1429	block 0.1429	hold 0.07143	obstruct 0.1429	partition 0.1429	stop 0.1429
chắn_bùn	mudguard 1
chắn_xích	chain 0.5	guard 0.5
chắp	clasp 0.125	connect 0.125	join 0.125	out 0.0625	patch 0.0625	piece 0.125	sty 0.125	stye 0.125	up 0.125
chắp_nhặt	glean 0.5	scrape 0.25	together 0.25
chắp_vá	patch 0.5	up 0.5
chắt	decant 0.3333	grandchild 0.3333	great 0.3333
chắt_bóp	stint 1
chắt_chiu	amount 0.1667	every 0.1667	nurse 0.5	save 0.1667
chằm	big 0.3333	run 0.3333	thread 0.3333
chằm_chằm	fixedly 1
chằm_vằm	frowning 1
chằn_tinh	ogress 1
chằng	bind 0.2	fasten 0.2	permission 0.06667	pinch 0.2	securely 0.1	tie 0.1	use 0.06667	without 0.06667
chằng_cheó	criss 0.5	cross 0.5
chằng_chịt	interlace 1
chẳng	all 0.5	not 0.5
chẳng_ai	nobody 0.5	none 0.5
chẳng_bao_giờ	never 1
chẳng_bao_lâu_nưã	before 0.1667	long 0.1667	soon 0.6667
chẳng_biết	idea 1
chẳng_bõ	while 0.5	worth 0.5
chẳng_bù	unlike 1
chẳng_bằng	rather 0.5	would 0.5
chẳng_chi	last 1
chẳng_cần	care 0.5	need 0.5
chẳng_cứ	necessarily 1
chẳng_dè	expect 1
chẳng_gì	all 1
chẳng_hạn	example 0.3333	instance 0.3333	namely 0.3333
chẳng_hề	never 1
chẳng_hề_gì	matter 0.5	none 0.25	worse 0.25
chẳng_lẽ	reason 0.3333	there 0.3333	why 0.3333
chẳng_may	unfortunately 1
chẳng_những	only 1
chẳng_nưã	otherwise 1
chẳng_nề	mind 1
chẳng_qua	just 0.5	only 0.5
chẳng_quản	mind 1
chẳng_ra_gì	dry 0.2	dull 0.2	good 0.1	nothing 0.1	uninteresting 0.2	worthless 0.2
chẳng_sao	matter 1
chẳng_thà	better 0.5	rather 0.25	would 0.25
chẳng_trách	little 0.25	wonder 0.75
chẳng_vưà	less 0.5	terrible 0.5
chẵn	even 0.5	round 0.5
chẵn_lẻ	even 0.3333	game 0.3333	odd 0.3333
chặc	click 1
chặm	dab 0.3333	sop 0.3333	up 0.3333
chặn	block 0.3333	intercept 0.3333	stop 0.3333
chặn_giâý	paper 0.5	weight 0.5
chặn_họng	impose 0.25	muzzle 0.5	silence 0.25
chặn_tay	hands 0.5	stay 0.5
chặn_đâù	advance 0.5	block 0.5
chặn_đứng	short 0.5	stop 0.5
chặng	halt 0.3333	hop 0.3333	stage 0.3333
chặp	moment 0.25	period 0.125	short 0.125	spell 0.25	while 0.25
chặt	chop 0.1429	close 0.1429	cut 0.1429	fell 0.1429	secure 0.1429	shatter 0.1429	tight 0.1429
chặt_chẽ	close 1
chặt_đâù	behead 0.5	decapitate 0.5
chẹn	block 0.3333	choke 0.3333	spikelet 0.3333
chẹt	block 0.2	choke 0.2	close 0.1	fitting 0.1	over 0.1	run 0.1	strangle 0.2
chẻ	cleave 0.5	split 0.5
chẻ_hoe	pike 0.1111	plain 0.4444	staff 0.1111	unambiguous 0.3333
chẽ	bifurcate 0.3333	branches 0.1111	divide 0.1111	spikelet 0.3333	two 0.1111
chẽn	closefitting 0.5	short 0.5
chế	fun 0.1429	invent 0.1429	manufacture 0.1429	mock 0.1429	mourning 0.1429	pour 0.1429	prepare 0.1429
chế_biến	process 1
chế_dục	continence 0.5	practise 0.5
chế_giêũ	ridicule 1
chế_giêủ	deride 1
chế_ngự	control 0.5	dominate 0.5
chế_nhaọ	deride 0.3333	mock 0.3333	ridicule 0.3333
chế_phẩm	finished 0.5	product 0.5
chế_taọ	manufacture 1
chế_tác	create 0.5	invent 0.5
chế_định	institution 0.5	institutionalize 0.5
chế_độ	order 0.1667	regime 0.3333	regimen 0.1667	regulation 0.1667	system 0.1667
chế_độ_phong_kiến	feudalism 1
chế_độ_quân_chủ	monarchy 1
chế_độ_sa_hoàng	tsarism 1
chế_độ_độc_taì	dictatorship 1
chếch	little 0.25	oblique 0.25	slanted 0.5
chếch_choáng	squiffy 0.5	tipsy 0.5
chếnh_choáng	squiffy 0.5	tipsy 0.5
chết	dead 0.4	die 0.4	go 0.1	out 0.1
chết_chóc	die 1
chết_chưả	goodness 1
chết_giấc	consciousness 0.25	lose 0.25	swoon 0.5
chết_mệt	captivated 1
chết_non_chết_yêủ	abortive 1
chết_tươi	death 0.3333	die 0.3333	instant 0.3333
chết_xác	death 1
chết_điếng	insensibility 0.5	stupefied 0.5
chết_đuôí	drown 1
chết_đứng	transfixed 1
chểnh_mảng	neglect 0.5	off 0.25	slack 0.25
chễm_chệ	imposing 1
chệch	off 0.5	slanted 0.5
chệch_choạc	line 0.1667	out 0.1667	uneven 0.1667	unorderly 0.5
chệnh_choạng	staggering 0.3333	tottery 0.3333	unsteady 0.3333
chỉ	alone 0.1111	decree 0.05556	just 0.1111	only 0.1111	ordinance 0.05556	read 0.1111	royal 0.1111	thread 0.1111	weft 0.1111	yarn 0.1111
chỉ_baỏ	advise 0.5	recommend 0.5
chỉ_cần	just 1
chỉ_dẫn	direct 0.5	instruct 0.5
chỉ_dụ	decrees 0.3333	ordinances 0.3333	royal 0.3333
chỉ_giaó	counsel 1
chỉ_huy	command 0.125	commander 0.125	commanding 0.0625	conduct 0.125	conductor 0.125	direct 0.125	director 0.125	officer 0.1875
chỉ_huy_dàn_nhạc	conductor 1
chỉ_huy_phó	command 0.1667	commander 0.1667	deputy 0.3333	director 0.1667	second 0.1667
chỉ_huy_trưởng	commander 0.5	commanding 0.25	officer 0.25
chỉ_mục	index 1
chỉ_ra	finger 1
chỉ_rõ	denote 0.5	enumerate 0.5
chỉ_số	index 1
chỉ_số_thông_minh	intelligence 0.5	quotient 0.5
chỉ_tay	hand 0.5	lines 0.5
chỉ_thôi	only 1
chỉ_thị	directive 0.6	instruct 0.2	instructions 0.2
chỉ_tiêu	norm 0.1667	quota 0.3333	target 0.3333	targets 0.1667
chỉ_trích	censure 0.5	criticize 0.5
chỉ_trỏ	point 1
chỉ_việc	just 1
chỉ_vưà	just 1
chỉ_vẽ	advise 0.3333	detail 0.1667	direct 0.3333	show 0.1667
chỉ_đaọ	concrete 0.08333	direct 0.25	direction 0.25	guidance 0.08333	instruct 0.25	supply 0.08333
chỉ_điểm	inform 0.3333	informer 0.3333	pinpoint 0.3333
chỉ_đến	finger 1
chỉ_định	appoint 0.5	assign 0.5
chỉnh	castigate 0.3333	correct 0.3333	lecture 0.3333
chỉnh_huấn	educate 0.25	re 0.25	reform 0.5
chỉnh_hình	orthopaedy 1
chỉnh_laị	adjust 1
chỉnh_lý	again 0.25	arrange 0.25	readjust 0.5
chỉnh_lưu	rectify 1
chỉnh_thể	perfect 0.5	whole 0.5
chỉnh_tề	correct 1
chỉnh_đốn	dress 0.3333	reorganize 0.3333	right 0.1667	set 0.1667
chị	cousin 0.08333	elder 0.1667	first 0.08333	miss 0.1667	much 0.08333	sister 0.1667	thank 0.08333	you 0.1667
chị_bộ	cell 1
chị_chồng	law 0.5	sister 0.5
chị_dâu	law 0.5	sister 0.5
chị_em	sisters 1
chị_em_cột_cheò	co 0.3333	law 0.3333	sister 0.3333
chị_gaí	elder 0.5	sister 0.5
chị_hâù_bàn	waiter 0.5	waitress 0.5
chị_hằng	moon 0.5	phoebe 0.5
chị_họ	cousin 1
chị_or_chị_gaí	sister 1
chị_âý	she 1
chịt	block 0.25	choke 0.375	tight 0.25	up 0.125
chọc	finger 0.1667	irritate 0.1667	poke 0.1667	prick 0.1667	rouse 0.1667	thrust 0.1667
chọc_gheọ	tease 1
chọc_giận	irritate 0.5	rage 0.5
chọc_lét	tickle 0.5	titillate 0.5
chọc_tiết	stick 1
chọc_tức	irritate 0.3333	pin 0.1667	prick 0.1667	rouse 0.3333
chọn	choose 0.4	name 0.2	out 0.1	pick 0.1	select 0.2
chọn_làm_hoàng_hâụ	queen 1
chọn_làm_nữ_hoàng	queen 1
chọn_lọc	choose 0.1667	pick 0.1667	plum 0.3333	select 0.3333
chỏm	hair 0.1111	summit 0.3333	top 0.4444	tuft 0.1111
chỏn_hỏn	squatting 1
chỏng_chơ	scattered 0.5	solitary 0.5
chỏng_gọng	lying 1
chỏng_lỏn	sharp 0.25	sour 0.25	tongued 0.5
chốc	impetigo 0.25	instant 0.25	moment 0.25	while 0.25
chốc_chốc	now 0.25	then 0.25	time 0.5
chốc_lát	moment 0.5	short 0.25	while 0.25
chốc_nưã	few 0.25	minutes 0.25	presently 0.5
chốn	area 0.25	destination 0.25	home 0.25	place 0.25
chống	anti 0.2	oppose 0.2	prop 0.2	punt 0.2	resist 0.2
chống_choỉ	resist 0.5	strungle 0.5
chống_choị	confront 0.3333	front 0.3333	stand 0.1667	up 0.1667
chống_chế	justify 0.5	try 0.5
chống_cự	resist 1
chống_ngập	anti 0.25	control 0.25	flood 0.25	flooding 0.25
chống_phát_xít	antifascist 1
chống_thoaí_thác	nonrepudiation 1
chống_trả	oppose 1
chống_đôí	hostile 0.5	oppose 0.5
chống_đỡ	prop 0.25	resist 0.5	up 0.25
chống_đỡ_được	abide 1
chốp	steal 0.5	suipe 0.5
chốt	bolt 0.3333	commanding 0.1667	crux 0.3333	position 0.1667
chốt_hai	base 0.5	second 0.5
chồm	emerge 0.3333	prance 0.3333	spring 0.3333
chồm_chỗm	squatting 1
chồm_hỗm	heels 0.5	squatting 0.5
chồn	disheartened 0.25	numb 0.125	stiff 0.25	weariness 0.125	weasel 0.25
chồn_gulo	wolverine 1
chồn_lòng	disheartened 1
chồng	heap 0.1667	husband 0.3333	overlap 0.1667	pile 0.1667	spouse 0.1667
chồng_cheó	overlap 1
chồng_chất	heap 0.5	up 0.5
chồng_ngồng	tall 1
chổng_kềnh	back 1
chỗ	extent 0.125	place 0.125	point 0.125	room 0.25	seat 0.125	space 0.25
chỗ_bị_trâỳ_da	abrasion 1
chỗ_cạn	ford 1
chỗ_ngủ	bed 1
chỗ_đâụ_xe	parking 0.5	space 0.5
chỗ_đỗ_xe	parking 0.5	space 0.5
chỗ_ở	home 1
chộp	grab 0.3333	nab 0.3333	snatch 0.3333
chột	aborted 0.25	eyed 0.25	nip 0.25	stunt 0.25
chột_dạ	startled 1
chột_mắt	blind 0.5	eye 0.5
chớ	do 0.5	not 0.5
chớ_hề	once 1
chớm	begin 0.5	bud 0.5
chớm_nở	bloom 0.5	blossom 0.5
chớp	blink 0.1429	flare 0.2143	flash 0.1429	lightning 0.2857	up 0.07143	wink 0.1429
chớp_mắt	blick 0.5	wink 0.5
chớp_nhoáng	lightning 0.5	like 0.25	speed 0.25
chờ	abide 0.2	await 0.2	listen 0.2	wait 0.4
chờ_chết	await 0.5	death 0.5
chờ_xem	see 0.5	wait 0.5
chờ_đơị	abide 0.25	await 0.25	listen 0.25	wait 0.25
chờm	cover 0.5	over 0.5
chờn_vờn	cruise 0.5	swim 0.5
chở	carry 0.3333	ferry 0.3333	transport 0.3333
chở_khách	carry 0.5	passengers 0.5
chợ	bazaar 0.2	forum 0.2	market 0.5	place 0.1
chợ_buá	market 1
chợ_chiêù	closing 0.5	market 0.5
chợ_nôỉ	floating 0.5	market 0.5
chợ_phiên	fair 0.5	kermis 0.5
chợ_trơì	flea 0.5	market 0.5
chợ_đen	black 0.5	market 0.5
chợ_đêm	market 0.5	night 0.5
chợp	sleep 0.5	wink 0.5
chợt	suddenly 1
chợt_nhớ	remember 0.5	suddenly 0.5
chục	decade 0.5	ten 0.5
chụm	concentrate 0.25	feed 0.125	fire 0.125	gather 0.25	huddle 0.25
chụp	catch 0.1429	cover 0.1429	photograph 0.2857	put 0.1429	snap 0.1429	snatch 0.1429
chụp_hình	photograph 1
chụp_lâý	grab 0.3333	grasp 0.3333	seize 0.3333
chụp_mũ	charge 0.5	thoughtlessly 0.5
chụp_đèn	chimney 0.5	lampshade 0.5
chụp_ảnh	photo 0.1667	photograph 0.6667	taken 0.1667
chụt	noise 0.5	smacking 0.5
chủ	boss 0.1667	employer 0.1667	main 0.1667	master 0.1667	owner 0.1667	proprietor 0.1667
chủ_baì	card 0.5	trump 0.5
chủ_biên	author 0.5	chief 0.5
chủ_bút	chief 0.5	editor 0.5
chủ_chiến	stand 0.25	war 0.75
chủ_chốt	important 0.5	most 0.5
chủ_hoà	peace 0.75	stand 0.25
chủ_hộ	head 0.5	household 0.5
chủ_khaỏ	examiner 0.5	head 0.5
chủ_lực	driving 0.25	force 0.5	main 0.25
chủ_mưu	contrive 0.1667	deliberate 0.08333	instigate 0.05556	instigator 0.1667	intentional 0.08333	master 0.05556	mind 0.05556	plan 0.08333	principal 0.1667	scheme 0.08333
chủ_nghia_lê_nin	leninism 1
chủ_nghiã	doctrine 0.25	ism 0.5	ist 0.25
chủ_nghiã_baỏ_thủ	conservatism 1
chủ_nghiã_bè_phaí	sectarianism 1
chủ_nghiã_cộng_sản	communism 1
chủ_nghiã_cực_đoan	extremism 1
chủ_nghiã_dân_tộc	nationalism 1
chủ_nghiã_hoà_bình	pacifism 1
chủ_nghiã_hành_vi	behaviorism 1
chủ_nghiã_khủng_bố	terrorism 1
chủ_nghiã_mao	maoism 1
chủ_nghiã_maọ_hiểm	adventurism 1
chủ_nghiã_mác	marxism 1
chủ_nghiã_nhân_đaọ	humanism 1
chủ_nghiã_phát_xít	fascism 1
chủ_nghiã_phân_lập	separatism 1
chủ_nghiã_putin	putinism 1
chủ_nghiã_quốc_xã	national 0.25	nazism 0.5	socialism 0.25
chủ_nghiã_stalin	stalinism 1
chủ_nghiã_sô_vanh	chauvinism 1
chủ_nghiã_sôvanh	chauvinism 1
chủ_nghiã_thực_dân	colonialism 1
chủ_nghiã_toàn_trị	totalitarianism 1
chủ_nghiã_tư_bản	capitalism 1
chủ_nghiã_tự_do	liberalism 1
chủ_nghiã_xã_hôị	socialism 1
chủ_nghiả_nư_quyền	feminism 1
chủ_ngân_hàng	banker 1
chủ_ngữ	subject 1
chủ_nhiệm	chairman 0.3333	director 0.3333	head 0.3333
chủ_nhân	master 0.5	owner 0.5
chủ_nhân_ông	lord 0.5	master 0.5
chủ_nhật	sunday 1
chủ_nô	owner 0.5	slave 0.5
chủ_nợ	creditor 1
chủ_quan	feeling 0.08333	own 0.1667	personal 0.1667	point 0.05556	subjective 0.3889	thinking 0.08333	view 0.05556
chủ_quyền	sovereignty 1
chủ_quán_trọ	innkeeper 1
chủ_quản	charge 0.5	control 0.5
chủ_sự	official 0.5	petty 0.5
chủ_thâù	builder 0.5	contractor 0.5
chủ_thể	essential 0.1667	main 0.1667	organ 0.1667	part 0.1667	subject 0.3333
chủ_toạ	chair 0.5	chairman 0.5
chủ_trì	chair 0.3333	preside 0.3333	sponsor 0.3333
chủ_trương	advocate 0.1429	approval 0.07143	decide 0.1429	guideline 0.2857	policy 0.2857	principle 0.07143
chủ_tâm	deliberate 0.1667	intend 0.3333	intention 0.1667	mean 0.3333
chủ_tướng	army 0.3333	commanding 0.3333	general 0.3333
chủ_tịch	chairman 0.4286	chairwoman 0.1429	president 0.2857	speaker 0.1429
chủ_tịch_nước	president 1
chủ_tịch_quốc_hôị	assembly 0.3333	chairman 0.3333	national 0.3333
chủ_tịch_đoàn	presidium 1
chủ_yêú	cardinal 0.2	essential 0.4	main 0.2	principal 0.2
chủ_ý	intend 0.25	main 0.25	mean 0.25	meaning 0.125	purpose 0.125
chủ_đaọ	decisive 1
chủ_đâù_tư	developer 0.3333	investor 0.3333	owner 0.1667	project 0.1667
chủ_đích	aim 0.25	main 0.5	purpose 0.25
chủ_đề	leitmotiv 0.1667	subject 0.3333	theme 0.3333	topic 0.1667
chủ_định	aim 0.25	clear 0.25	definite 0.25	intention 0.25
chủ_động	initiative 1
chủng	inoculate 0.5	vaccinate 0.5
chủng_loaị	genera 0.1667	kind 0.3333	sort 0.3333	species 0.1667
chủng_tộc	race 1
chủng_viện	seminary 1
chủng_đâụ	vaceinate 1
chứ	certainly 0.5	rather 0.25	would 0.25
chứ_lị	certainly 0.5	contrary 0.5
chức	office 0.3333	rank 0.3333	ship 0.3333
chức_danh	office 1
chức_dịch	officials 0.5	village 0.5
chức_mừng_giáng_sinh	christmas 0.5	merry 0.5
chức_mừng_sinh_nhật	birthday 0.5	happy 0.5
chức_nghiệp	career 0.5	profession 0.5
chức_năng	function 1
chức_phận	function 1
chức_quyền	competence 0.5	office 0.25	right 0.25
chức_sắc	dignitary 1
chức_trách	responsibility 1
chức_tước	office 0.5	title 0.5
chức_vô_địch	championship 1
chức_vị	social 0.5	status 0.5
chức_vụ	function 0.5	roll 0.5
chứng	bad 0.1	disease 0.2	evidence 0.2	habit 0.1	proof 0.2	trouble 0.2
chứng_bệnh	disease 0.5	illness 0.5
chứng_bịnh	disease 0.3333	illness 0.3333	sickness 0.3333
chứng_chỉ	certificate 0.3333	chit 0.3333	chitty 0.3333
chứng_cuồng_dâm	hypersexuality 1
chứng_cương_đau	priapism 1
chứng_cớ	evidence 1
chứng_dẫn	evidence 0.5	produce 0.5
chứng_giám	witness 1
chứng_khoán	bonds 0.3333	securities 0.3333	share 0.1667	stocks 0.1667
chứng_khó_đọc	dyslexia 1
chứng_kiến	witness 1
chứng_loãng_xương	osteoporosis 1
chứng_minh	demonstrate 0.5	prove 0.5
chứng_minh_thư	card 0.5	identity 0.5
chứng_mất_ý_chí	abulia 1
chứng_nghẽn_mạch	thrombosis 1
chứng_nhân	witness 1
chứng_nhận	certify 1
chứng_nhức_đâù	headache 1
chứng_thư	certificate 0.5	diploma 0.5
chứng_thực	certify 0.1667	confirm 0.1667	substantiate 0.3333	true 0.3333
chứng_tá	witness 1
chứng_tỏ	denote 0.5	prove 0.5
chứng_từ	document 0.3333	receipt 0.3333	voucher 0.3333
chừ	now 1
chừng	case 0.1429	contingency 0.1429	estimate 0.07143	estimated 0.04762	eventuality 0.1429	extent 0.07143	measure 0.07143	rough 0.2143	roughly 0.04762	stage 0.04762
chừng_mực	just 0.1667	measure 0.5	moderation 0.3333
chừng_naò	how 0.25	much 0.25	when 0.5
chừng_như	supposedly 1
chữ	foot 0.125	letter 0.125	script 0.125	syllable 0.125	type 0.125	word 0.25	writing 0.125
chữ_caí	alphabet 0.75	letter 0.25
chữ_caí_latinh	romaji 0.5	roman 0.5
chữ_chi	zigzag 1
chữ_cyrill	cyrillic 1
chữ_hán	characters 0.25	chinese 0.75
chữ_hán_chính_thể	chinese 0.5	traditional 0.5
chữ_hán_phồn_thể	chinese 0.5	traditional 0.5
chữ_in	type 1
chữ_kanji	kanji 1
chữ_ký	hand 0.3333	signature 0.6667
chữ_latinh	latin 0.3333	romaji 0.3333	roman 0.3333
chữ_lớn	letter 1
chữ_nghiã	cultural 0.1667	knowledge 0.3333	level 0.1667	meaning 0.1667	word 0.1667
chữ_nho	character 0.1667	chinese 0.1667	han 0.3333	ideogram 0.1667	script 0.1667
chữ_nhật	kanji 1
chữ_nhỏ	minuscule 1
chữ_nôm	character 0.25	chinese 0.25	demotic 0.25	script 0.25
chữ_quốc_ngữ	alphabet 0.1667	roman 0.1667	script 0.25	vietnamese 0.4167
chữ_số	cipher 0.25	figure 0.25	numeral 0.5
chữ_số_trung_quốc	chinese 0.5	numeral 0.5
chữ_taù	chinese 1
chữ_thập	cross 1
chữ_thập_phương_nam	cross 0.5	southern 0.5
chữ_trinh	conjugal 0.25	fidelity 0.25	virginity 0.5
chữ_trung_quốc	chinese 1
chữ_tắt	abbreviation 1
chữ_viết	hand 0.3333	script 0.3333	writing 0.3333
chữ_viết_tắt	abbreviation 1
chữ_vạn	swastika 1
chững	dignified 0.3333	short 0.1667	stop 0.1667	totter 0.3333
chững_chạc	dignified 0.5	stately 0.5
chực	stand 1
chực_sẵn	deay 1
clb	club 1
clo	chlorine 1
co	bend 0.25	contract 0.25	curl 0.125	shrink 0.25	up 0.125
co_bóp	pulsate 1
co_giãn	elastic 1
co_giật	convulsive 1
co_keó	contrive 0.1667	little 0.1667	pull 0.3333	tug 0.3333
co_quắp	curled 0.5	up 0.5
co_ro	huddle 0.25	stoop 0.5	up 0.25
co_rút	contractive 1
co_the_uon_cong	bendable 1
co_voì	crest 0.5	fallen 0.5
coban	cobalt 1
coi	do 0.06667	look 0.2	read 0.2	see 0.2	seem 0.2	something 0.06667	to 0.06667
coi_bộ	look 0.5	seem 0.5
coi_chừng	attention 0.1667	mind 0.3333	out 0.1667	pay 0.1667	watch 0.1667
coi_nhẹ	light 1
coi_sóc	after 0.25	look 0.25	mind 0.5
coi_thường	little 0.5	think 0.5
colombo	colombo 1
con	a 0.08333	an 0.1667	child 0.1667	daughter 0.08333	offspring 0.08333	sapling 0.08333	son 0.08333	the 0.08333	you 0.08333	young 0.08333
con_buôn	trafficker 1
con_bé	girl 0.25	little 0.25	miss 0.5
con_bê	calf 1
con_bạc	gambler 1
con_bệnh	patient 1
con_bịnh	patim 0.5	person 0.25	sick 0.25
con_bọ_chét	flea 1
con_caí	children 1
con_chai	bottle 1
con_chaú	offspring 0.5	posterity 0.5
con_chim	bird 1
con_chiên	believer 0.25	christian 0.25	flock 0.25	member 0.25
con_chuá	queen 1
con_chuồn_chuồn	dragonfly 1
con_châu_châú	locust 1
con_chạch	bund 1
con_cua	crab 1
con_cón	nimble 1
con_cú	owl 1
con_cọp	tiger 1
con_cờ	chess 0.5	man 0.25	piece 0.25
con_dao	knife 1
con_diệc	heron 1
con_dâu	daughter 0.5	law 0.5
con_dê	goat 1
con_dế	cricket 1
con_em	juniors 1
con_gaí	daughter 0.4	girl 0.4	maid 0.2
con_gaí_riêng	stepdaughter 1
con_giun	worm 1
con_gián	cockroach 1
con_gà_trống	rooster 1
con_gâú_chó_soí	cub 0.5	wolf 0.5
con_gâú_con	bear 0.5	cub 0.5
con_haỉ_ly	beaver 1
con_haỉ_ma	walrus 1
con_heo	pig 1
con_hoang	bastard 0.5	child 0.25	illegitimate 0.25
con_hạc	crane 1
con_hổ	tiger 1
con_khỉ	monkey 1
con_la	hinny 1
con_lưà	donkey 1
con_lươì	sloth 1
con_lắc	pendulum 1
con_lửng	badger 1
con_ma	ghost 1
con_meò	cat 1
con_moóc	walrus 1
con_muôĩ	mosquito 1
con_mẹ	hag 0.5	woman 0.5
con_mọn	child 0.5	small 0.5
con_một	child 0.5	only 0.5
con_ngoé	frog 1
con_ngươi	pupil 1
con_ngươì	human 0.3333	man 0.6667
con_nhaí	frog 1
con_nhà	child 0.3333	family 0.3333	good 0.3333
con_nhím	hedgehog 1
con_nhện	spider 1
con_nít	boy 0.5	child 0.5
con_nước	tide 1
con_nợ	debtor 1
con_ong	bee 1
con_quỷ	abaddon 1
con_ruôì	fly 1
con_rít	centipede 1
con_rôí	puppet 1
con_rơi	bastard 0.25	child 0.5	illegitimate 0.25
con_rận	louse 1
con_rể	law 0.5	son 0.5
con_so	born 0.3333	child 0.3333	first 0.3333
con_sên_laĩ	slug 1
con_số	cipher 0.25	digit 0.25	figure 0.25	numeral 0.25
con_taọ	creator 0.5	fate 0.25	inexorable 0.25
con_thú	animal 1
con_thương_mẹ	love 1
con_thằn_lằn	lizard 1
con_thỏ_con	leveret 1
con_tin	hostage 1
con_trai	adolescent 0.2	boy 0.4	son 0.4
con_trai_riêng	stepson 1
con_tính	arithmetic 0.25	mathematical 0.25	operation 0.25	problem 0.25
con_tằm	silkworm 1
con_ve_sâù	cicada 1
con_vụ	fizgig 1
con_đen	member 0.25	rabble 0.75
con_điếm	prostitute 0.5	whore 0.5
con_điệp	scallop 1
con_đường_tơ_luạ	road 0.5	silk 0.5
con_đỏ	baby 0.1667	born 0.1667	helpless 0.1667	member 0.1667	newly 0.1667	people 0.1667
con_đỡ_đâù	child 0.1667	daughter 0.1667	god 0.3333	godson 0.3333
con_ếch	frog 1
con_ở	maid 0.5	servant 0.5
cong	bent 0.5	curved 0.5
cong_cóc	silent 1
cong_cớn	shrewish 1
cong_queo	crooked 0.3333	twisted 0.3333	winding 0.3333
congo	congo 1
contribute	contribute 1
copenhagen	copenhagen 1
cotranh	cogon 1
coulomb	coulomb 1
coì	hooter 0.2	siren 0.2	stunted 0.2	whistle 0.4
coì_cọc	stunted 1
coì_xương	rickety 1
coí	sedge 1
coĩ	country 0.3333	region 0.3333	world 0.3333
coĩ_trên	fairyland 1
coĩ_đơì	world 1
cp	government 1
croatia	croatia 1
crom	chromium 1
ct	directive 1
cu	cock 0.2	cue 0.2	dove 0.2	penis 0.2	prick 0.2
cu_li	coolie 0.6667	cooly 0.3333
cua	corner 0.25	crab 0.5	turning 0.25
cuba	cuba 1
culông	coulomb 1
cumingtonit	cummingtonite 1
cun_cút	quail 1
cung	arc 0.03846	bow 0.1538	chapter 0.07692	depositon 0.07692	evidence 0.07692	item 0.07692	mode 0.07692	palace 0.07692	potch 0.03846	stage 0.07692	supply 0.07692	temple 0.07692	testimony 0.07692
cung_câù	demand 0.5	supply 0.5
cung_khai	confens 0.5	depose 0.5
cung_nữ	imperial 0.5	maid 0.5
cung_phi	concubine 0.5	imperial 0.5
cung_song_ngư	pisces 1
cung_thiên_văn	planetarium 1
cung_điện	palace 1
cung_điện_buckingham	buckingham 0.5	palace 0.5
curi	curium 1
cuu_cai	ewe 1
cuì	blackhead 0.3333	leprosy 0.3333	pulp 0.3333
cuì_chỏ	elbow 1
cuí	band 0.2	bow 0.2	carded 0.06667	cotton 0.06667	duck 0.2	roll 0.06667	stoop 0.2
cuôì	butt 0.3333	stub 0.3333	stump 0.3333
cuôí	hen 0.25	hoe 0.5	suamp 0.25
cuôí_cùng	final 0.25	last 0.5	ultimate 0.25
cuôí_tuần	weekend 1
cuôí_ván	endgame 1
cuôị	humbug 0.3333	nonsense 0.3333	pebble 0.3333
cuĩ	cage 0.5	kennel 0.3333	topless 0.1667
cuả	belong 0.1111	belongings 0.1111	by 0.1111	food 0.03704	from 0.1111	given 0.03704	kind 0.03704	of 0.2222	property 0.1111	s 0.1111
cuả_ai	whose 1
cuả_anh_âý	his 1
cuả_bạn	your 0.5	yours 0.5
cuả_bạn_đây	here 1
cuả_bố_thí	alms 1
cuả_caỉ	fortune 0.25	havings 0.25	riches 0.25	wealth 0.25
cuả_chúng_tôi	our 0.5	ours 0.5
cuả_các_bạn	your 1
cuả_em	thy 1
cuả_hoa_kỳ	american 1
cuả_hôì_môn	dowry 1
cuả_hôí_lộ	bribe 1
cuả_hắn	his 1
cuả_họ	their 0.5	theirs 0.5
cuả_lạ	rarthing 1
cuả_maỳ	thy 1
cuả_mỹ	american 1
cuả_nó	his 1
cuả_tôi	me 0.3333	mine 0.3333	my 0.3333
cuỉ	fire 0.1667	high 0.1667	prices 0.1667	wood 0.5
cuốc	hen 0.25	hoe 0.5	suamp 0.25
cuốc_bộ	foot 1
cuốn	an 0.1111	coil 0.1111	copy 0.1111	roll 0.2778	sweep 0.1111	up 0.05556	volume 0.1111	wrap 0.1111
cuốn_chuyện	story 1
cuốn_goí	leave 0.3333	park 0.3333	up 0.3333
cuốn_sách	book 1
cuốn_sách_nhỏ	booklet 0.5	brochure 0.5
cuống	coupon 0.3333	stalk 0.3333	stem 0.3333
cuống_cuồng	head 0.5	lose 0.5
cuống_họng	throat 1
cuồn_cuộn	curl 1
cuồng	crazy 0.25	insane 0.25	mad 0.5
cuồng_nhiệt	excessive 0.5	madly 0.25	violent 0.25
cuồng_tín	fanatic 1
cuỗm	rob 0.5	steal 0.5
cuỗm_đi	abduct 1
cuộc	bed 0.1667	bont 0.1667	game 0.1667	lay 0.1667	match 0.1667	party 0.1667
cuộc_cách_mạng	revolution 1
cuộc_hành_trình	journey 1
cuộc_họp	meeting 1
cuộc_phỏng_vấn	interview 1
cuộc_thi	competition 1
cuộc_thi_sắc_đẹp	beauty 0.5	pageant 0.5
cuộc_đôí_thoaị	conversation 0.3333	dialog 0.3333	dialogue 0.3333
cuộc_đơì	existence 0.5	life 0.5
cuộn	bale 0.1667	coil 0.1667	reel 0.1667	roll 0.3333	whirl 0.1667
cyclohexan	cyclohexane 1
cà	animal 0.0625	egg 0.0625	eggplant 0.125	file 0.125	grind 0.125	miff 0.04167	plant 0.0625	rub 0.125	stir 0.04167	testicle 0.0625	tomato 0.125	up 0.04167
cà_chua	tomato 1
cà_cuống	belostomatid 0.75	essence 0.25
cà_cưỡng	black 0.3333	grackle 0.1667	necked 0.3333	starling 0.1667
cà_daí_dê	aubergine 1
cà_kheo	bird 0.25	stilt 0.75
cà_khiạ	pick 0.5	quarrel 0.5
cà_khổ	bad 0.125	gimcrack 0.25	quality 0.125	trashy 0.25	worthless 0.25
cà_kê	long 0.1667	palaverting 0.5	telling 0.1667	yarn 0.1667
cà_lăm	stammer 1
cà_mèng	bad 0.3333	inferior 0.3333	worthless 0.3333
cà_nhắc	limp 1
cà_niễng	cybister 1
cà_phê	coffee 1
cà_phê_chồn	kopi 0.5	luwak 0.5
cà_phê_internet	cafe 0.5	internet 0.5
cà_phê_nôì	coffee 0.5	pot 0.5
cà_phê_tinh	caffeine 1
cà_phê_đen	black 0.5	coffee 0.5
cà_rem	cream 0.5	ice 0.5
cà_ri	curry 1
cà_ry	curry 1
cà_rá	ring 1
cà_rùng	tambour 1
cà_rịch_cà_tang	leisurely 1
cà_rốt	carrot 1
cà_sa	frock 1
cà_thọt	limping 1
cà_tím	eggplant 1
cà_vạt	necktie 0.6667	tie 0.3333
cà_độc_dược	datura 1
càn	headlong 0.08333	mop 0.125	raid 0.25	rush 0.08333	through 0.08333	up 0.125	wanton 0.25
càn_khôn	earth 0.25	heaven 0.25	universe 0.5
càn_quâý	unruly 0.5	wayward 0.5
càn_quét	mop 0.25	raid 0.5	up 0.25
càn_rỡ	perverse 0.5	wicked 0.5
càng	all 0.1	chela 0.1	claw 0.2	er 0.15	more 0.15	nipper 0.1	pincers 0.1	shaft 0.1
càng_hay	better 0.5	much 0.5
cành	branch 0.25	sprig 0.25	surfeited 0.25	twig 0.25
cành_chiết	layer 1
cành_ghép	graft 1
cành_giâm	cutting 1
cành_la	branch 0.4167	low 0.4167	lying 0.1667
cành_lá	branches 0.25	foliage 0.5	leaves 0.25
cành_nanh	jealous 1
cành_nhánh	boughs 0.5	branches 0.5
cá	click 0.1667	fish 0.3333	pawl 0.1667	plate 0.08333	steel 0.08333	tip 0.08333	toe 0.08333
cá_biển	fish 0.4167	salt 0.1667	sea 0.25	water 0.1667
cá_biệt	particular 1
cá_biệt_hoá	particularize 1
cá_bơn	flounder 0.5	sole 0.5
cá_bơn_sao	plaice 1
cá_bống	goby 1
cá_bột	fry 1
cá_chaý	herring 0.5	hilsa 0.5
cá_chaỳ	carp 0.1667	eyed 0.1667	red 0.1667	squaliobarbus 0.5
cá_chim	butterfish 1
cá_chuồn	fish 0.5	flying 0.5
cá_chép	carp 1
cá_chình	eel 1
cá_con	fish 0.5	young 0.5
cá_căng_cát	jarbua 0.5	terapon 0.5
cá_dưa	conger 0.5	pike 0.5
cá_giếc	carp 0.5	crucian 0.5
cá_gỗ	miserly 1
cá_ham	jarbua 0.5	terapon 0.5
cá_heo	dolphin 0.3333	porpoise 0.6667
cá_heo_mỏ	dolphin 1
cá_hôì	salmon 0.5	trout 0.5
cá_hộp	canned 0.25	fish 0.5	tinned 0.25
cá_kho	dried 0.5	fish 0.5
cá_kiếm	swordfish 1
cá_lăng	hemibagrus 1
cá_moì	sardine 1
cá_muôí	fish 0.5	salted 0.5
cá_mè	hypophthalmichthys 1
cá_măng	bango 0.5	milkfish 0.5
cá_mập	shark 1
cá_mặt_trăng	sunfish 1
cá_mực	cuttlefish 1
cá_ngưạ	horse 0.25	sea 0.25	seahorse 0.5
cá_ngừ	horse 0.25	mackerel 0.25	tunny 0.5
cá_ngừ_đaị_dương	tuna 1
cá_nheo	mudfish 0.5	sheatfish 0.5
cá_nhám	shark 1
cá_nhân	individual 0.5	personal 0.5
cá_nhân_chủ_nghiã	egoistic 0.5	individualistic 0.5
cá_nhụ	threadfin 1
cá_nóc	puffer 1
cá_nước	close 0.25	fish 0.25	relationship 0.25	water 0.25
cá_nược	dugong 1
cá_ong	jarbua 0.5	terapon 0.5
cá_phèn	goatfish 0.5	surmullet 0.5
cá_piranha	piranha 1
cá_quả	head 0.5	snake 0.5
cá_rô	anabas 0.5	climbing 0.25	perch 0.25
cá_rô_phi	tilapia 1
cá_răng_đao	piranha 1
cá_song	garrupa 1
cá_sâú	alligator 0.3333	crocodile 0.6667
cá_sộp	head 0.3333	snake 0.3333	striped 0.3333
cá_thia	macropodus 1
cá_thu	mackerel 1
cá_thể	individual 1
cá_trê	catfish 1
cá_trích	herring 1
cá_trích_đâỳ_mình	shad 1
cá_trôi	cap 0.5	major 0.5
cá_tính	personality 1
cá_tính_hoá	individualize 0.5	individuate 0.5
cá_tươi	fish 0.5	fresh 0.5
cá_tầm	sturgeon 1
cá_voi	whale 1
cá_vàng	fish 0.25	gold 0.25	goldfish 0.5
cá_vược	perch 1
cá_ông	whale 1
cá_ông_voi	whale 1
cá_đao	sawfish 1
cá_đuôí	ray 1
cá_đuôí_ó	stingray 1
cá_đôí	mullet 1
cá_đồng	fish 0.4167	fresh 0.1667	river 0.25	water 0.1667
cá_ươn	fish 0.5	spoiled 0.5
các	all 0.2	compensation 0.2	difference 0.1	every 0.4	pay 0.1
các_anh	you 1
các_bà	you 1
các_bạn	you 1
các_chị	you 1
các_con	you 1
các_em	you 1
các_maỳ	you 1
các_ngươi	you 1
các_vị	gentlemen 0.25	ladies 0.25	you 0.5
các_ông	you 1
cách	case 0.2	fashion 0.2	manner 0.2	separated 0.2	way 0.2
cách_biệt	completely 0.1667	cut 0.1667	different 0.3333	off 0.1667	separate 0.1667
cách_bước_đi	walk 1
cách_bức	cut 0.1	dismiss 0.1	function 0.1	isolate 0.2	off 0.1	office 0.1	relieve 0.1	separate 0.2
cách_chức	dismiss 0.3333	fire 0.3333	function 0.1667	relieve 0.1667
cách_câú_taọ	structure 1
cách_công_cụ	ablative 1
cách_liếm_đít	anilingus 1
cách_ly	isolate 1
cách_mạng	revolution 1
cách_mạng_hoá	revolutionize 1
cách_mạng_xã_hôị	revolution 0.5	social 0.5
cách_ngôn	adage 0.3333	maxim 0.3333	saying 0.3333
cách_nhật	day 0.3333	every 0.3333	other 0.3333
cách_phát_âm	pronunciation 1
cách_quãng	intermittent 1
cách_rách	cumbersome 0.5	cumbrous 0.5
cách_thuỷ	bain 0.25	bath 0.25	marie 0.25	water 0.25
cách_thức	mode 0.5	style 0.5
cách_trở	obstruct 0.5	separate 0.5
cách_tân	renovate 1
cách_xa	away 0.5	far 0.5
cách_điêụ_hoá	stylize 1
cách_điện	insulated 0.5	isolated 0.5
cách_điện_hoá	stylize 1
cách_đây	ago 1
cách_đọc	pronunciation 1
cám	bran 1
cám_cảnh	compassion 0.25	feel 0.5	pity 0.25
cám_dỗ	seduce 1
cám_hấp	cracked 0.5	potty 0.5
cám_ơn	thank 0.5	thanks 0.5
cám_ơn_nhiêù	much 0.5	thank 0.5
cám_ơn_rất_nhiêù	much 0.5	thank 0.5
cán	flower 0.08333	gin 0.1667	handle 0.1667	laminate 0.1667	layers 0.05556	roll 0.05556	staff 0.1667	stalk 0.08333	thin 0.05556
cán_bộ	cadre 0.4	official 0.2	officials 0.2	staff 0.2
cán_chôỉ	broomstick 1
cán_cân	balance 0.75	beam 0.25
cán_lau_nhà	mop 1
cán_sự	junior 0.3333	member 0.3333	staff 0.3333
cán_viết	penholder 1
cáng	assume 0.0625	carry 0.0625	charge 0.125	hammock 0.0625	palankeen 0.125	palanquin 0.25	responsibility 0.0625	roofed 0.0625	stretcher 0.1875
cáng_đáng	assume 0.25	charge 0.5	responsibility 0.25
cánh	petal 0.25	vane 0.25	wing 0.5
cánh_beò	condition 0.5	drifting 0.5
cánh_buồm	sail 1
cánh_cam	beetle 0.5	green 0.5
cánh_cung	back 0.5	bow 0.5
cánh_cưả	door 0.75	leaf 0.25
cánh_cứng	coleopteran 1
cánh_gián	cockroach's 0.5	wing 0.5
cánh_giống	homopteran 1
cánh_gà	flap 0.5	side 0.5
cánh_hoa	petal 1
cánh_hâủ	buddy 0.5	chum 0.5
cánh_hưũ	right 1
cánh_khuỷ	elbow 1
cánh_khác	heteropteran 1
cánh_kiến	lac 0.5	sticklac 0.5
cánh_kiến_trắng	benzoin 1
cánh_muĩ	ala 1
cánh_màng	hymenopteran 1
cánh_môi	labellum 1
cánh_nưả	hemipteran 1
cánh_phấn	lepidopteran 1
cánh_quân	wing 1
cánh_quạt	propeller 1
cánh_quạt_gió	blade 0.5	fan 0.5
cánh_sen	lotus 0.5	petal 0.5
cánh_sinh	again 0.1667	come 0.1667	life 0.4167	restore 0.25
cánh_sẻ	crossed 1
cánh_tay	arm 0.625	hand 0.125	right 0.25
cánh_thẳng	orthopteran 1
cánh_trả	halcyon's 0.5	wing 0.5
cánh_tả	left 0.75	wing 0.25
cánh_vaỷ	lepidopteran 1
cánh_úp	plecopteran 1
cánh_đêù	isopteran 1
cánh_đồng	field 1
cáp	cable 1
cáp_nhĩ_tân	harbin 1
cáp_treo	telepheric 1
cát	grain 0.3333	sand 0.6667
cát_bá	calico 1
cát_cánh	platycodon 1
cát_căn	kudzu 1
cát_cứ	feud 0.5	rule 0.5
cát_hung	good 0.5	ill 0.5
cát_két	cap 1
cát_lâm	jilin 1
cát_nhật	day 0.5	lucky 0.5
cát_tuyến	secant 1
cát_táng	final 0.5	inhumation 0.5
cát_tường	favorable 0.5	good 0.25	omen 0.25
cát_vần	quicksand 1
cát_đằng	concubine 1
câm	dumb 0.3333	mute 0.3333	silent 0.3333
câm_họng	silent 1
câm_mồm	hold 0.25	shut 0.25	tongue 0.25	up 0.25
cân	balance 0.1667	catty 0.3333	kilo 0.1667	scale 0.1667	weight 0.1667
cân_bàn	balance 0.5	bascule 0.5
cân_bằng	balance 0.3333	equilibrate 0.3333	equilibrium 0.3333
cân_hơi	live 0.5	weight 0.5
cân_keọ	weigh 1
cân_lực	force 0.5	muscular 0.5
cân_móc_hàm	animal 0.3333	slaughtered 0.3333	weigh 0.1667	weight 0.1667
cân_naõ	brain 0.5	nerves 0.5
cân_nhắc	carefully 0.5	consider 0.5
cân_nặng	weigh 1
cân_quắc	fair 0.5	lady 0.25	sex 0.25
cân_ta	balance 0.25	catty 0.5	roman 0.25
cân_thiên_bình	steelyard 1
cân_thư	letter 0.5	weight 0.5
cân_trẻ_em	baby 0.3333	machine 0.3333	weighing 0.3333
cân_tây	kilo 0.5	kiogramme 0.5
cân_xứng	proportionate 1
cân_đai	belt 0.25	court 0.25	robes 0.25	turban 0.25
cân_điã	balance 0.5	roberval 0.5
cân_đo	measures 0.5	weights 0.5
cân_đôí	balance 0.3333	balanced 0.3333	proportioned 0.1667	well 0.1667
câng	brazen 0.25	faced 0.25	impudent 0.5
câng_câng	impudent 0.5	quite 0.5
câu	colt 0.125	dove 0.125	filly 0.125	foal 0.125	line 0.125	sentence 0.25	verse 0.125
câu_chuyện	story 0.3333	tale 0.3333	talk 0.3333
câu_chấp	finical 0.3333	resent 0.3333	stickler 0.3333
câu_cá	fishing 1
câu_cú	sentence 1
câu_dầm	drag 0.3333	indefinitely 0.3333	out 0.3333
câu_giam	arrest 0.3333	detain 0.3333	imprision 0.3333
câu_giờ	buy 0.5	time 0.5
câu_hoỉ	demand 0.3333	question 0.6667
câu_kết	collude 0.3333	hands 0.1667	join 0.1667	league 0.3333
câu_liêm	handled 0.3333	long 0.3333	sickle 0.3333
câu_lưu	custody 0.25	detain 0.5	keep 0.25
câu_lạc_bộ	club 1
câu_noí	saying 0.5	word 0.5
câu_noí_đuà	joke 1
câu_nệ	ceremony 0.125	finical 0.25	scruples 0.25	stand 0.125	stickler 0.25
câu_rê	skitter 1
câu_rút	cross 1
câu_thúc	bind 0.5	restrain 0.5
câu_thần_chú	abracadabra 1
câu_trả_lơì	answer 1
câu_vắt	enjambment 1
câu_đâù	beam 0.5	tie 0.5
câu_đôí	pair 0.1667	panels 0.1667	parallel 0.25	sentences 0.25	wood 0.1667
câu_đố	puzzle 0.5	riddle 0.5
cây	plant 0.5	tree 0.5
cây_anh_đaò	cherry 1
cây_buị	bush 1
cây_bông	fireworks 1
cây_bút	pen 0.6667	writer 0.3333
cây_cam	orange 1
cây_chanh	lemon 1
cây_chia_ba	trefoil 1
cây_chàm	indigo 1
cây_chôỉ	broom 1
cây_coì	dwarfed 0.5	plant 0.25	stunted 0.25
cây_cà_phê	coffee 1
cây_côí	plants 0.25	trees 0.25	vegetation 0.5
cây_cúc_ngaì	tansy 1
cây_cỏ	vegetation 1
cây_củ_caỉ	turnip 1
cây_dâu_trắng	mulberry 0.5	white 0.5
cây_dâu_tây	strawberry 1
cây_dù	umbrella 1
cây_dưa_chuột	cucumber 1
cây_dương_xỉ	fern 1
cây_gai_dâù	hemp 1
cây_gie_gai	beech 1
cây_kim	needle 1
cây_kê	millet 1
cây_lan	orchid 1
cây_lê	pear 1
cây_me	tamarind 1
cây_mơ	apricot 1
cây_mận	plum 1
cây_nham_lê	bilberry 1
cây_nho	grape 1
cây_nhỏ	sapling 0.5	shrub 0.5
cây_nêu	pole 0.5	tet 0.5
cây_nước	waterspout 1
cây_nến	candle 0.75	wax 0.25
cây_phúc_bồn_tử	currant 1
cây_quế	cinnamon 1
cây_sa_kê	breadfruit 1
cây_son	lipstick 1
cây_số	kilometer 0.3333	kilometre 0.3333	milestone 0.3333
cây_taó	apple 0.5	tree 0.5
cây_thanh_lương_trà	service 1
cây_thaỏ	herb 1
cây_thước	ruler 1
cây_thịt	good 0.5	nothing 0.5
cây_tiêu_huyền	plane 1
cây_viết	pen 1
cây_viết_chì	pen 1
cây_vừng	sesame 1
cây_xa_trục_thaỏ	clover 1
cây_xanh	verdure 1
cây_xăng	filling 0.25	petrol 0.25	station 0.5
cây_xương_rồng	cactus 1
cây_ăn_traí	fruit 0.25	orchard 0.5	trees 0.25
cây_đaò	peach 1
cây_đaò_lộn_hột	cashew 1
cây_đinh_không	less 1
cây_điêù	cashew 1
cây_đâụ	pea 1
cây_ớt	capsicum 1
câù	ball 0.1429	bridge 0.2857	demand 0.1429	enlightening 0.07143	experience 0.07143	pray 0.1429	shuttlecock 0.1429
câù_an	eager 0.1667	life 0.1667	quiet 0.4167	seeking 0.25
câù_bơ_câù_bất	helpless 0.1667	homeless 0.1667	like 0.1667	uncared 0.3333	waif 0.1667
câù_chui	viaduct 1
câù_chì	fuse 1
câù_chúc	wish 1
câù_chứng	registered 1
câù_cưú	entreat 0.5	help 0.5
câù_cạn	viaduct 1
câù_cạnh	entreat 0.5	favours 0.5
câù_cổng_vàng	bridge 0.3333	gate 0.3333	golden 0.3333
câù_danh	after 0.3333	honours 0.3333	seek 0.3333
câù_dao	knife 0.5	switch 0.5
câù_dẫn	router 1
câù_hoà	cease 0.1667	draw 0.25	fire 0.1667	play 0.25	propose 0.1667
câù_hàng_không	air 0.5	bridge 0.25	lift 0.25
câù_hôn	ask 0.5	hand 0.5
câù_khấn	breath 0.3333	pray 0.3333	under 0.3333
câù_khẩn	beseech 0.5	entreat 0.5
câù_kinh	prayers 0.5	say 0.5
câù_lông	badminton 1
câù_may	luck 0.5	try 0.5
câù_mong	wish 1
câù_mắt	eyeball 1
câù_nguyện	pray 1
câù_phao	bridge 0.5	pontoon 0.5
câù_phong	piece 0.5	raising 0.5
câù_phương	square 1
câù_quay	bridge 0.5	swing 0.5
câù_sắt	drawbridge 1
câù_taì	seek 0.5	wealth 0.5
câù_taù	quay 0.5	wharf 0.5
câù_thang	flight 0.1	stair 0.2	staircase 0.4	stairs 0.3
câù_thân	alliance 0.5	seek 0.5
câù_thủ	player 1
câù_tiêu	closet 0.125	latrine 0.25	toilet 0.5	water 0.125
câù_tiêu_ở_đâu	toilet 0.5	where 0.5
câù_toàn	perfectionist 1
câù_treo	bridge 0.5	suspension 0.5
câù_trượt	children's 0.5	slide 0.5
câù_vai	backing 0.1667	piece 0.1667	shoulder 0.4167	strap 0.25
câù_vinh	honours 0.5	seek 0.5
câù_viện	reinforcements 0.5	seek 0.5
câù_vòng	rainbow 1
câù_vồng	rainbow 1
câù_xin	ask 0.3333	beg 0.3333	implore 0.3333
câù_đaỏ	pray 0.5	rain 0.5
câù_đường	bridges 0.5	roads 0.5
câú	claw 0.3333	nib 0.3333	pinch 0.3333
câú_kiện	building 0.5	components 0.5
câú_taọ	compose 0.1667	composition 0.1667	construct 0.1667	design 0.1667	form 0.1667	structure 0.1667
câú_thành	compose 0.25	constitute 0.25	create 0.25	up 0.25
câú_trúc	structure 1
câú_tượng	texture 1
câú_tứ	ideas 0.1667	order 0.1667	outline 0.5	put 0.1667
câú_veó	hip 0.5	pinch 0.5
câú_xé	claw 0.25	tear 0.75
câú_âm	articulate 1
câý	culture 0.2	farm 0.2	grow 0.3	rice 0.1	transplant 0.2
câụ	boy 0.04545	brother 0.04545	chap 0.04545	dad 0.09091	father 0.1818	man 0.04545	master 0.09091	maternal 0.04545	mother's 0.04545	old 0.09091	uncle 0.2273	young 0.04545
câụ_ấm	mandarin's 0.5	son 0.5
câủ	crane 1
câủ_kỷ_tử_枸杞子	wolfberry 1
câủ_kỷ_枸杞	wolfberry 1
câủ_thả	careless 1
câủ_trệ	dogs 0.5	pigs 0.5
câỳ	civet 0.5	viverrine 0.5
câỳ_giông	zibet 1
câỳ_hương	cat 0.5	musk 0.5
câỳ_móc_cua	crab 0.3333	eating 0.3333	mongoose 0.3333
câỵ	count 0.2	depend 0.2	persimmon 0.2	rely 0.3	vaingloriously 0.1
cò	egret 0.2	immense 0.2	postage 0.1	stamp 0.1	stork 0.4
cò_con	petty 1
cò_cưa	badly 0.25	drag 0.5	perform 0.25
cò_cử	wheeze 1
cò_kè	haggle 1
cò_môì	decoy 0.75	duck 0.25
cò_quăm_trắng_australia	australian 0.3333	ibis 0.3333	white 0.3333
còm	backed 0.1667	bent 0.1667	scrawny 0.3333	stunted 0.1667	thin 0.1667
còm_coĩ	scrawny 0.5	stunted 0.5
còm_cọm	drudging 1
còm_nhom	stunted 0.5	thin 0.5
còn	continue 0.2	left 0.2	still 0.4	what 0.2
còn_laị	left 0.5	remain 0.5
còn_như	as 0.5	for 0.25	to 0.25
còn_nưã	more 1
còn_trinh	chaste 0.3333	pure 0.1667	sexually 0.1667	virgin 0.3333
còng	bent 0.1667	crab 0.05556	curved 0.1667	fetters 0.1667	handcuff 0.1667	irons 0.1667	kind 0.05556	mall 0.05556
còng_cọc	cormorant 1
có	be 0.1875	have 0.1875	of 0.125	own 0.125	there 0.125	to 0.125	yes 0.125
có_chung	share 1
có_chưả	big 0.1667	child 0.1667	pregnant 0.3333	young 0.3333
có_chồng	married 1
có_chứ	yes 1
có_cuả	lousy 0.25	money 0.25	wealthy 0.5
có_gia_vị	spicy 1
có_gió	windy 1
có_hiêú	dutiful 1
có_hâụ	constant 0.5	ending 0.1667	happy 0.1667	having 0.1667
có_học	cultivated 0.5	educated 0.5
có_khi	afraid 0.25	i'm 0.25	sometimes 0.5
có_khả_năng	ably 1
có_lý	reasonable 0.25	right 0.5	sensible 0.25
có_lẽ	can 0.1667	maybe 0.3333	perhaps 0.3333	probably 0.1667
có_mang_thai	pregnant 1
có_muì	taste 1
có_mây	cloudy 1
có_mưa	rainy 1
có_mặt	attending 0.5	present 0.5
có_nghiã	constant 1
có_ngươì	somebody 1
có_nhân	compassionate 0.5	humane 0.5
có_năng_lực	able 1
có_phaỉ_không	isn't 1
có_rất_nhiêù	abound 1
có_sẵn	built 1
có_taì	able 0.5	ably 0.5
có_thai	child 0.3333	pregnant 0.6667
có_thưà	abound 1
có_thật	actual 1
có_thể	able 0.2222	can 0.2222	may 0.1111	perhaps 0.1111	possible 0.1111	probable 0.1111	probably 0.1111
có_thể_không	cannot 1
có_thể_thay_đôỉ	mutable 1
có_tiếng	illustrious 1
có_tuyết_rơi	snow 1
có_tuôỉ	advanced 0.5	years 0.5
có_tình	feeling 1
có_vẻ	look 0.5	seem 0.5
có_vẻ_như	seem 1
có_vợ	married 1
có_ích	useful 1
có_ăn	comfortably 0.25	off 0.25	well 0.5
có_điêù	only 1
có_đủ_thẩm_quyền	able 1
có_đủ_tư_cách	able 1
cóc	all 0.25	never 0.25	toad 0.5
cóc_cách	clang 1
cóc_khô	all 1
cóc_nhaỷ	skippingly 1
cóc_tahiti	ambarella 1
cóc_tiá	bellied 0.3333	fire 0.3333	toad 0.3333
cóng	cold 0.5	numb 0.5
cóp	copy 0.5	crib 0.5
cót_két	grind 1
cô	aunt 0.2222	auntie 0.1111	boil 0.05556	down 0.05556	lady 0.05556	miss 0.2222	mrs 0.1111	much 0.05556	thank 0.05556	young 0.05556
cô_dâu	bride 1
cô_gaí	girl 1
cô_gaí_vắt_sưã	milkmaid 1
cô_hồn	forsanke 0.5	spirits 0.5
cô_lập	isolated 1
cô_nhi	ophan 1
cô_quạnh	secluded 0.5	solitary 0.5
cô_quả	orphan 0.5	widow 0.5
cô_thôn	hamlet 0.5	isolated 0.5
cô_âý	she 1
cô_đơn	alone 0.5	solitary 0.5
côcacôlá	cola 1
côi_cút	orphamed 1
côla	cola 1
côn	cudgel 0.5	stick 0.5
côn_hai_khúc	nunchaku 1
côn_minh	kunming 1
côn_nhị_khúc	nunchaku 1
côn_trùng	insect 1
côn_trùng_học	entomology 1
côn_đồ	gangster 0.3333	hooligan 0.3333	ruffian 0.3333
công	common 0.2	labour 0.2	peacock 0.2	public 0.2	work 0.2
công_an	police 0.6667	public 0.1667	security 0.1667
công_an_thành_phố	city 0.5	police 0.5
công_bằng	just 1
công_bố	proclaim 0.3333	publish 0.3333	tout 0.3333
công_chuá	princess 1
công_chính	civil 0.25	engineering 0.25	public 0.25	works 0.25
công_chúng	general 0.25	public 0.75
công_chức	civil 0.3333	official 0.3333	servant 0.1667	servants 0.1667
công_cộng	public 1
công_danh	fame 0.5	position 0.5
công_dân	citizen 0.6667	subjects 0.3333
công_giaó	catholicism 1
công_hàm	diplomatic 0.5	note 0.5
công_khai	open 0.2	public 0.4	publicly 0.2	transparent 0.2
công_kích	attack 1
công_luân	exploit 0.5	great 0.25	merit 0.25
công_luận	opinion 0.5	public 0.5
công_lý	justice 1
công_lực	force 0.5	police 0.5
công_nghiệp	industry 1
công_nghiệp_cá	fishery 1
công_nghệ	craft 0.25	industry 0.25	technological 0.25	technology 0.25
công_nghệ_nano	nanotechnology 1
công_nghệ_thông_tin	information 0.5	technology 0.5
công_nguyên	anno 0.5	domini 0.5
công_nhân	employee 0.2	hand 0.2	worker 0.4	workman 0.2
công_nhận	allow 0.3333	consecrate 0.3333	recognize 0.3333
công_nữ	princess 1
công_phu	fu 0.5	kung 0.5
công_pháp	law 0.5	public 0.5
công_quĩ	funds 0.5	public 0.5
công_thương	industry 0.5	trade 0.5
công_thức	formula 0.5	recipe 0.5
công_traí	bond 0.25	government 0.25	loan 0.25	state 0.25
công_trình	building 0.25	construction 0.25	project 0.25	works 0.25
công_ty	company 0.6667	corporation 0.3333
công_ty_cổ_phần	company 0.3333	joint 0.3333	stock 0.3333
công_ty_hàng_không	airline 1
công_ty_viễn_thông	telco 1
công_tác	business 0.5	mission 0.5
công_tắc	switch 1
công_viên	park 1
công_việc	job 0.5	work 0.5
công_văn	correspondence 0.125	dispatch 0.125	letter 0.25	official 0.5
công_xuất	mission 1
công_xã	commune 1
công_xéc_tô	concerto 1
công_xưởng	shop 0.5	workshop 0.5
công_ích	benefit 0.25	interest 0.25	public 0.5
công_đoàn	trade 0.5	union 0.5
côì	black 0.5	head 0.5
côí	mortar 1
côí_xay	mill 1
côĩ	origin 0.3333	root 0.3333	stunted 0.3333
côị	origin 0.5	root 0.5
cõng	back 0.4167	carry 0.4167	pick 0.1667
cù	entice 0.5	ticklel 0.5
cù_cai	beet 1
cù_lao	hard 0.3333	island 0.3333	labour 0.3333
cùm	fetter 0.5	fetters 0.5
cùn	blunt 0.3	out 0.1	pointed 0.1	rusty 0.2	stubbled 0.2	worn 0.1
cùng	all 0.05556	and 0.1111	end 0.1111	extremity 0.1111	limit 0.1111	one 0.1111	over 0.05556	same 0.1111	together 0.1111	whole 0.1111
cùng_khổ	miserable 0.5	poor 0.5
cùng_một	same 1
cùng_nhau	together 1
cùng_tận	end 0.5	lost 0.5
cú	blow 0.125	line 0.125	owl 0.25	sentence 0.125	trick 0.125	verse 0.125	xick 0.125
cú_lợn	barn 0.5	owl 0.5
cú_pháp	syntax 1
cú_vọ	barn 0.25	hawk 0.25	owl 0.25	undture 0.25
cúc	button 0.6667	chrysanthemum 0.3333
cúc_dục	bring 0.25	feed 0.5	up 0.25
cúc_vu	artichoke 0.5	jerusalem 0.5
cúc_đaị_đoá	chrysanthemum 1
cúm	flu 0.5	influenza 0.5
cúm_núm	scarful 0.5	timorous 0.5
cúng	away 0.1667	donate 0.3333	throw 0.1667	worship 0.3333
cúng_tế	church 0.5	service 0.5
cúp	cup 0.3333	cut 0.3333	stop 0.3333
cút	beat 0.25	clear 0.125	out 0.125	phial 0.25	vial 0.25
căm	against 0.3333	bear 0.3333	resentment 0.3333
căm_bốt	cambodia 0.5	kampuchea 0.5
căm_căm	shivering 1
căm_ghét	abhor 0.25	abominate 0.5	resent 0.25
căm_giận	deeply 0.5	resent 0.5
căm_hờn	hate 0.5	resent 0.5
căm_phẫn	feel 0.5	indignant 0.5
căm_tức	against 0.3333	fret 0.3333	resentment 0.3333
căn	compartment 0.2	house 0.2	radical 0.3	root 0.2	sign 0.1
căn_bản	basic 0.1667	basically 0.1667	basis 0.1667	essential 0.1667	essentially 0.1667	main 0.1667
căn_bậc_hai	root 0.5	square 0.5
căn_bệnh	cause 0.25	disease 0.75
căn_cơ	livelihood 0.3333	means 0.3333	sure 0.3333
căn_cước	card 0.25	identity 0.75
căn_cớ	ground 0.5	reason 0.5
căn_cứ	base 0.3333	basis 0.3333	foundation 0.3333
căn_cứ_điạ	base 1
căn_do	cause 0.5	root 0.5
căn_dặn	recommend 1
căn_hộ	apartment 0.6667	flat 0.3333
căn_nguyên	origin 1
căn_số	destiny 0.3333	fate 0.3333	root 0.3333
căn_thức	radical 1
căn_tính	nature 1
căn_vặn	interrogate 1
căng	camp 0.0625	concentration 0.0625	fully 0.0625	spread 0.1875	strain 0.125	stretch 0.125	stretched 0.0625	taut 0.125	tense 0.125	tightly 0.0625
căng_thẳng	fully 0.3333	strained 0.1667	stretched 0.1667	tense 0.3333
căng_tin	canteen 1
căng_óc	brains 0.5	cudgel 0.5
cũ	ancient 0.2	former 0.2	hand 0.1	old 0.4	second 0.1
cũng	also 0.2	as 0.1	either 0.1	even 0.1	same 0.1	too 0.2	very 0.1	well 0.1
cơ	heart 0.1667	muscle 0.3333	occasion 0.1667	opportunity 0.1667	possibility 0.1667
cơ_bản	base 0.25	first 0.25	foundation 0.25	fundamentals 0.25
cơ_cực	hard 0.25	poor 0.25	ravenous 0.5
cơ_giơí	implement 0.25	machine 0.5	mechanical 0.25
cơ_hôị	chance 0.5	occasion 0.25	opportunity 0.25
cơ_học	mechanics 1
cơ_long	keelung 1
cơ_mưu	puse 0.5	stratagem 0.5
cơ_nghiệp	assets 0.5	fortune 0.5
cơ_quan	agencies 0.1667	agency 0.3333	authority 0.1667	body 0.1667	organ 0.1667
cơ_quan_hôn_nhân	agency 0.5	marriage 0.5
cơ_quan_việc_làm	agency 0.5	employment 0.5
cơ_sở	background 0.25	establishment 0.25	foundation 0.25	installation 0.25
cơ_sở_dữ_liêụ	database 1
cơ_sở_hạ_tầng	infrastructure 1
cơ_thắt	sphincter 1
cơ_thể	body 0.25	human 0.25	organism 0.5
cơ_đốc	christ 1
cơ_đốc_giaó	christianity 1
cơi	tray 1
cơm	flesh 0.25	meal 0.25	pulp 0.25	rice 0.25
cơm_chiên	fried 0.5	rice 0.5
cơm_dưà	coconut 1
cơm_nguôị	hackberry 1
cơm_nước	food 0.5	meal 0.5
cơm_đen	opium 1
cơn_mưa	rain 0.5	squall 0.5
cơn_sốt	fever 1
cơĩ	ride 1
cơỉ	disengage 0.2	off 0.3	set 0.1	unfasten 0.2	untre 0.2
cơỉ_mở	effusive 0.5	hearted 0.25	open 0.25
cư	dwell 0.5	live 0.5
cư_dân	inhabitant 0.25	inhabitants 0.25	population 0.25	residents 0.25
cư_trú	reside 1
cư_xử	behave 0.5	deal 0.5
cưa	amputate 0.3333	saw 0.6667
cưa_tay	handsaw 1
cưng	love 0.5	pamper 0.5
cưu	aid 0.5	help 0.5
cưu_mang	bear 0.5	pregnant 0.5
cưù	sheep 1
cưù_con	lamb 1
cưù_hận	enemy 1
cưù_non	lamb 1
cưù_địch	adversary 0.3333	enemy 0.3333	hostile 0.3333
cưù_đực	ram 1
cưú	relieve 0.3333	rescue 0.3333	save 0.3333
cưú_cánh	end 0.3333	finality 0.3333	object 0.3333
cưú_nguy	save 1
cưú_tinh	salvation 0.5	salviour 0.5
cưú_trợ	help 0.5	relieve 0.5
cưú_xét	consider 1
cương	bridge 0.25	impaovise 0.25	rein 0.25	turgid 0.25
cương_cứng	erection 1
cương_lĩnh	fudamental 1
cương_quyết	decided 0.25	determined 0.25	firm 0.5
cương_trực	upright 1
cươì	laugh 0.4	smile 0.4	sneer 0.2
cươì_chê	fun 1
cươì_gượng	force 0.5	smile 0.5
cươì_mỉm	smile 1
cươì_ngaọ	grating 0.5	laugh 0.5
cươì_tình	amorously 0.5	smile 0.5
cươí	married 0.2	marry 0.4	wed 0.4
cưạ	budge 0.3333	spur 0.3333	stir 0.3333
cưả	door 0.5	entrance 0.25	opening 0.25
cưả_aỉ	frontier 0.5	passage 0.5
cưả_hàng	shop 0.6667	store 0.3333
cưả_hàng_bách_hoá	department 0.5	store 0.5
cưả_hàng_thơì_trang	boutique 1
cưả_mình	vulva 1
cưả_sổ	window 1
cước	charges 0.25	foot 0.5	transportation 0.25
cước_phí	carriage 0.5	postage 0.5
cướp	despoil 0.2	pillage 0.2	plunder 0.2	rob 0.4
cướp_biển	prirate 0.5	robber 0.25	sea 0.25
cườm	ankle 0.25	bead 0.25	courbary 0.125	glass 0.125	wrist 0.25
cường	strong 0.5	vigorous 0.5
cường_quốc	great 0.25	nation 0.25	power 0.5
cường_tráng	forceful 0.5	vigorous 0.5
cường_đaọ	bandit 1
cường_độ	intensity 1
cưỡng	compel 0.5	force 0.5
cưỡng_bức	compel 0.5	force 0.5
cưỡng_dâm	rape 0.6667	violate 0.3333
cưỡng_hiếp	rape 1
cưỡng_đoạt	carry 0.1667	extort 0.5	force 0.1667	off 0.1667
cưụ	ancient 0.25	former 0.25	old 0.5
cưụ_chiến_binh	veteran 1
cưụ_kháng_chiến	former 0.3333	member 0.3333	resistance 0.3333
cưụ_thơì	former 0.25	old 0.25	time 0.5
cưụ_thế_giơí	old 0.5	world 0.5
cưụ_traò	dynasty 0.5	previous 0.5
cưụ_truyền	stick 1
cưụ_ước	old 0.5	testament 0.5
cưủ	nine 1
cưủ_chương	multiplication 0.5	table 0.5
cưủ_tuyền	hades 0.5	hell 0.5
cạ	rub 1
cạc_cạc	quack 1
cạch	clatter 0.3333	dull 0.3333	up 0.3333
cạm	snare 0.5	trap 0.5
cạm_bâỹ	trap 1
cạn	dry 0.3333	exhausted 0.1667	nearly 0.1667	up 0.1667	used 0.1667
cạn_tuí	penniless 1
cạnh	by 0.3333	edge 0.3333	side 0.3333
cạnh_khoé	hint 0.25	innuendo 0.5	oblique 0.25
cạnh_tranh	compete 1
cạp	edge 0.2	embank 0.2	gnaw 0.2	hem 0.2	rim 0.2
cạp_chiêú	edge 0.5	mat 0.5
cạt_tông	cardboard 1
cả	biggest 0.1429	elder 0.1429	eldest 0.1429	grand 0.07143	greatest 0.07143	main 0.1429	scale 0.1429	senior 0.1429
cả_bì	gross 0.5	weight 0.5
cả_gan	bold 0.5	having 0.1667	plenty 0.1667	pluck 0.1667
cả_hai	both 1
cả_ngaỳ	all 0.25	day 0.5	long 0.25
cả_nể	complaisant 0.5	compliant 0.5
cả_quyết	determined 0.3333	firm 0.3333	resolute 0.3333
cả_thaỷ	all 0.3333	altogether 0.3333	taken 0.1667	whole 0.1667
cả_thẹn	conscious 0.25	self 0.25	shy 0.5
cả_tin	credulous 0.5	gullible 0.5
cả_tiếng	loud 0.5	voiced 0.5
cả_đến	even 1
cảm	affected 0.1667	catch 0.08333	cold 0.25	feel 0.1667	ill 0.1667	moved 0.1667
cảm_giác	impression 0.5	sensation 0.5
cảm_hoaì	feel 0.5	nostalgia 0.5
cảm_hoá	convert 1
cảm_hàn	catch 0.5	chill 0.5
cảm_hứng	inspiration 1
cảm_khaí	grieve 1
cảm_kích	fired 0.5	moved 0.5
cảm_maọ	catch 0.25	cold 0.25	indisposed 0.5
cảm_mến	admire 0.5	esteem 0.5
cảm_nghĩ	feeling 0.5	impression 0.5
cảm_nhiễm	infected 1
cảm_nắng	sunstroke 1
cảm_phong	catch 0.5	cold 0.5
cảm_phục	admiration 0.1667	admire 0.25	feel 0.1667	great 0.1667	greatly 0.25
cảm_quan	organs 0.5	sense 0.5
cảm_quang	photosensible 1
cảm_thán	exclamative 0.5	interjectional 0.5
cảm_thâý	feel 1
cảm_thâý_đau	suffer 1
cảm_thông	sympathize 0.5	understanding 0.5
cảm_thương	feel 0.5	pity 0.5
cảm_thụ	sensitive 1
cảm_tình	sympathy 1
cảm_tính	feeling 1
cảm_tưởng	comment 0.3333	impression 0.3333	remarks 0.3333
cảm_tạ	express 0.5	gratitude 0.5
cảm_tử	brave 0.5	death 0.5
cảm_xúc	affected 0.1667	emotion 0.8333
cảm_động	moved 1
cảm_ơn	express 0.25	gratitude 0.25	thank 0.5
cảm_ơn_lắm	many 0.5	thanks 0.5
cảm_ơn_nhiêù	many 0.5	thanks 0.5
cảm_ơn_ông	much 0.5	thank 0.5
cảm_ứng	induction 0.5	react 0.5
cản	bar 0.2	barrage 0.2	dam 0.2	prevent 0.2	stop 0.2
cản_trở	bar 0.25	block 0.25	obstacle 0.25	obstruct 0.25
cảng	harbour 0.2	port 0.6	seaport 0.2
cảnh	landscape 0.1429	ornament 0.1429	scene 0.1429	scenery 0.1429	shot 0.1429	sight 0.2857
cảnh_baó	alarm 0.5	alert 0.5
cảnh_binh	policeman 1
cảnh_bị	patrol 1
cảnh_caó	warn 1
cảnh_dựng	set 1
cảnh_giác	guard 0.2	vigilance 0.2	vigilant 0.2	watchful 0.2	watchfulness 0.2
cảnh_giơí	guard 0.25	mount 0.25	watch 0.5
cảnh_huống	happening 0.5	vicissitude 0.5
cảnh_ngộ	plight 1
cảnh_phông	scene 0.5	scenery 0.5
cảnh_quan	landscape 1
cảnh_sát	officer 0.125	police 0.375	policeman 0.5
cảnh_sắc	landscape 0.5	natural 0.25	scenery 0.25
cảnh_trí	natural 0.5	sight 0.5
cảnh_tình	condition 0.5	situation 0.5
cảnh_tượng	sight 0.5	spectacle 0.5
cảnh_tỉnh	awaken 0.5	eyes 0.25	open 0.25
cảnh_vật	scenery 0.5	view 0.5
cảnh_vệ	guard 1
cấc	hard 0.25	shrivelled 0.5	stone 0.25
cấm	ban 0.1667	bounds 0.05556	forbid 0.1667	no 0.1667	off 0.08333	out 0.05556	place 0.05556	prohibit 0.1667	seal 0.08333
cấm_binh	guard 0.3333	palace 0.3333	royal 0.3333
cấm_chỉ	ban 0.5	strictly 0.5
cấm_cung	confine 0.5	house 0.5
cấm_dán_giâý	bills 0.5	post 0.25	stick 0.25
cấm_dục	continence 0.5	practise 0.5
cấm_hút_thuốc	smoking 1
cấm_kỵ	abstain 1
cấm_lịnh	prohibition 1
cấm_phòng	immurement 1
cấm_thành	citadel 0.25	embargo 0.25	forbidden 0.25	put 0.25
cấm_vaò	admittance 0.5	entry 0.5
cấm_vận	embargo 0.75	put 0.25
cấm_điạ	area 0.3333	bounds 0.3333	out 0.3333
cấm_đoán	arbitrarily 0.5	forbid 0.25	prevent 0.25
cấn	annoyed 0.1429	deduct 0.1429	dregs 0.1429	hinder 0.1429	lees 0.1429	obstruct 0.1429	sediment 0.1429
cấn_thai	pregnant 1
cấp	class 0.1111	grade 0.1111	grant 0.1111	issue 0.1111	level 0.1111	pressing 0.1111	rank 0.1111	step 0.1111	urgent 0.1111
cấp_baó	immediately 0.5	notify 0.5
cấp_bách	attention 0.06667	immediate 0.06667	pressing 0.2	requiring 0.06667	tense 0.2	urgent 0.4
cấp_bậc	class 0.25	grade 0.25	hierarchy 0.25	rank 0.25
cấp_bằng	degree 0.5	diploma 0.5
cấp_bộ	hierarchy 0.3333	local 0.3333	party 0.3333
cấp_cao	high 0.25	ranking 0.25	summit 0.5
cấp_cao_nhất	degree 0.5	superlative 0.5
cấp_cưú	aid 0.5	first 0.5
cấp_dưỡng	cook 0.5	provide 0.25	relief 0.25
cấp_hiêụ	badge 0.5	stripe 0.5
cấp_nước	supply 0.5	water 0.5
cấp_phát	issue 1
cấp_phép	license 0.3333	licensing 0.3333	permit 0.3333
cấp_phí	allowance 0.5	subsidy 0.5
cấp_so_sánh	comparative 0.75	degree 0.25
cấp_thơì	at 0.25	immediately 0.5	one 0.25
cấp_tiến	radical 1
cấp_tốc	fast 0.5	lightning 0.5
cất	lift 0.5	raise 0.5
cất_binh	raise 0.5	troops 0.5
cất_bước	off 0.5	set 0.5
cất_cao	lift 0.25	raise 0.5	up 0.25
cất_chức	discharge 0.25	dismiss 0.25	relieve 0.25	remove 0.25
cất_cánh	off 1
cất_công	trouble 1
cất_cơn	abate 1
cất_dọn	arrange 0.5	order 0.25	put 0.25
cất_giâú	conceal 0.5	hide 0.5
cất_giọng	begin 0.3333	raise 0.1667	sing 0.1667	song 0.1667	voice 0.1667
cất_hàng	buy 0.5	goods 0.5
cất_miệng	mouth 0.5	open 0.5
cất_nhà	buy 0.5	house 0.5
cất_nhắc	promote 1
cất_quân	raise 0.5	troops 0.5
cất_tiếng	begin 0.5	sing 0.25	speak 0.25
cất_vó	prance 0.5	rear 0.5
cất_đi	away 0.75	put 0.25
cất_đâù	stand 0.5	up 0.5
cầm	hold 0.4	instrument 0.1667	keep 0.2	like 0.06667	lute 0.06667	musical 0.1
cầm_bút	writer 1
cầm_bằng	if 1
cầm_ca	music 0.5	song 0.5
cầm_canh	announcing 0.25	sporadic 0.5	watch 0.25
cầm_caí	banker 1
cầm_chân	down 0.5	pin 0.5
cầm_chắc	certain 0.25	hold 0.25	success 0.25	sure 0.25
cầm_chừng	half 0.1667	heartedly 0.1667	indifferent 0.1667	level 0.1667	perfunctorily 0.3333
cầm_càng	cart 0.5	pull 0.5
cầm_cập	clatter 1
cầm_cố	mortgage 1
cầm_cự	contend 1
cầm_hạc	life 0.5	peaceful 0.5
cầm_laí	barian 0.1	helm 0.2	hold 0.06667	kingwood 0.1	steer 0.2	steering 0.06667	wheel 0.2667
cầm_laị	bring 1
cầm_lòng	back 0.3333	feeling 0.3333	hold 0.3333
cầm_maú	hemostatic 1
cầm_như	if 1
cầm_nắm	prehensile 1
cầm_quyền	hold 0.25	power 0.75
cầm_quân	command 0.5	troops 0.5
cầm_sắt	conjugal 0.5	harmony 0.5
cầm_thú	animals 0.25	beasts 0.5	birds 0.25
cầm_thư	books 0.25	intellectual 0.25	life 0.25	music 0.25
cầm_trịch	conduct 0.5	guide 0.5
cầm_tù	imprison 0.3333	jail 0.3333	keep 0.1667	prison 0.1667
cầm_đâù	ringleader 1
cần	dropwort 0.04167	must 0.08333	neck 0.08333	need 0.1667	rod 0.08333	shaft 0.08333	stem 0.08333	tube 0.08333	vibrator 0.08333	want 0.1667	water 0.04167
cần_câu	fishing 0.5	rod 0.5
cần_câủ	crane 1
cần_cù	industrious 0.5	laborious 0.5
cần_cấp	urgent 1
cần_dùng	needed 0.5	wanted 0.5
cần_dẫn_nguồn	citation 0.5	needed 0.5
cần_kiệm	industrious 0.5	thrifty 0.5
cần_kíp	pressing 1
cần_lao	hard 0.25	toiling 0.5	working 0.25
cần_mẫn	clever 0.5	industrious 0.5
cần_sa	cannabis 0.3333	hashish 0.3333	marijuana 0.3333
cần_ta	dropwort 0.5	water 0.5
cần_thiết	essential 0.5	indispensable 0.5
cần_tây	celery 1
cần_vương	king 0.5	rescue 0.25	support 0.25
cần_vẹt	trolley 1
cần_vụ	attendant 1
cần_xé	bamboo 0.3333	basket 0.3333	deep 0.3333
cần_yêú	essential 0.5	important 0.25	indispensable 0.25
cẩm	officer 0.5	police 0.5
cẩm_baò	brocade 0.3333	court 0.3333	robe 0.3333
cẩm_chướng	carnation 0.5	pink 0.5
cẩm_lai	barian 0.25	burmese 0.25	kingwood 0.25	rosewood 0.25
cẩm_nang	handbook 0.5	manual 0.5
cẩm_nhung	cloth 0.3333	flowered 0.3333	silk 0.3333
cẩm_quỳ	mauve 1
cẩm_thạch	marble 1
cẩm_tú	beautiful 0.3333	brocade 0.1667	embroidered 0.1667	landscape 0.1667	literature 0.1667
cẩn	inlay 1
cẩn_bạch	inform 0.5	respectfully 0.5
cẩn_caó	inform 0.5	respectfully 0.5
cẩn_mật	precautions 0.3333	security 0.3333	strict 0.3333
cẩn_thẩn	careful 0.3333	cautious 0.3333	heedful 0.3333
cẩn_thận	careful 0.5	out 0.25	watch 0.25
cẩn_trọng	careful 0.5	serious 0.5
cẩn_tắc	careful 1
cận	close 0.3333	near 0.3333	short 0.1667	sighted 0.1667
cận_chiến	close 0.25	combat 0.25	fight 0.1667	hand 0.3333
cận_huống	recent 0.5	situation 0.5
cận_lai	recently 1
cận_lâm_sàng	paraclinical 1
cận_nhiệt_đơí	subtropical 0.25	subtropics 0.5	zone 0.25
cận_nhật	perihelion 1
cận_thần	courtier 0.5	trusted 0.5
cận_thị	myopic 0.5	short 0.25	sighted 0.25
cận_vệ	aide 0.1667	camp 0.1667	de 0.1667	guards 0.5
cận_xích_đaọ	subequatorial 1
cận_đaị	modern 0.5	time 0.5
cận_điạ	perigee 1
cập	alongside 0.1667	draw 0.1667	land 0.5	up 0.1667
cập_kèm	bad 0.5	bleary 0.5
cập_kê	nubile 1
cập_kênh	uneven 1
cập_nhật	update 1
cật	kidney 0.3333	layer 0.1667	loin 0.3333	outer 0.1667
cật_lực	fully 0.25	strained 0.25	stretched 0.25	utmost 0.25
cật_một	rear 0.5	relations 0.5
cật_vấn	cross 0.25	examine 0.25	interrogate 0.5
cắc_cớ	ill 0.5	timed 0.5
cắm	fix 0.1667	hang 0.1667	out 0.08333	pitch 0.1667	plant 0.1667	set 0.08333	stake 0.08333	up 0.08333
cắm_cuí	full 0.25	fully 0.25	stretch 0.25	stretched 0.25
cắm_cổ	head 0.3333	turning 0.3333	without 0.3333
cắm_mốc	landmarks 0.3333	set 0.3333	up 0.3333
cắm_ruộng	fields 0.3333	out 0.3333	stake 0.3333
cắm_sừng	cuckold 1
cắm_traị	camp 1
cắm_đâù	blindly 0.5	servilely 0.5
cắm_đất	land 0.3333	out 0.3333	stake 0.3333
cắn	bite 0.5	fast 0.125	pit 0.125	stick 0.125	well 0.125
cắn_chỉ	betel 0.3333	juice 0.3333	pencilled 0.3333
cắn_câu	caught 0.5	enticed 0.5
cắn_cỏ	beseech 0.5	implore 0.25	plaintively 0.25
cắn_maù	mordant 1
cắn_răng	clench 0.5	teeth 0.5
cắn_rứt	harass 0.3333	sting 0.3333	worry 0.3333
cắn_trộm	backbite 0.3333	barking 0.1111	bite 0.2778	steal 0.1667	without 0.1111
cắn_xé	gnaw 0.5	worry 0.5
cắp	arms 0.06667	carry 0.06667	claw 0.2	filch 0.2	grip 0.2	steal 0.2	under 0.06667
cắp_nách	arm 0.3333	carry 0.3333	under 0.3333
cắp_đít	away 0.5	go 0.5
cắt	common 0.07143	cut 0.4286	kestrel 0.07143	mow 0.1429	off 0.07143	out 0.07143	pare 0.1429
cắt_bao_quy_đâù	circumcision 1
cắt_băng	band 0.3333	cut 0.3333	inauguration 0.3333
cắt_bỏ	remove 1
cắt_bớt	cut 0.5	down 0.5
cắt_cỏ	mow 1
cắt_cổ	exorbitant 0.5	usurious 0.5
cắt_cụt	amputate 1
cắt_cứ	delegate 0.3333	detail 0.3333	off 0.1667	tell 0.1667
cắt_cử	assign 0.3333	detail 0.3333	off 0.1667	tell 0.1667
cắt_khúc	cut 0.5	pieces 0.5
cắt_lơì	cut 0.5	interupt 0.5
cắt_lần	turn 1
cắt_may	confection 1
cắt_ngang	cut 0.5	short 0.5
cắt_nghiã	clear 0.3333	explain 0.3333	interpret 0.3333
cắt_ngắn	cut 0.3333	down 0.1667	short 0.1667	shorten 0.3333
cắt_nâu	brown 0.5	falcon 0.5
cắt_ruột	pain 0.5	piercing 0.5
cắt_thuốc	medicine 0.5	prescribe 0.5
cắt_tiết	stick 1
cắt_xén	truncate 1
cắt_đặt	cut 0.4167	out 0.4167	work 0.1667
cằm	chin 1
cằn	exhausted 0.3333	impoverished 0.3333	stunted 0.3333
cằn_côĩ	dwarfed 0.3333	exhausted 0.3333	stunted 0.3333
cằn_cọc	stunted 1
cằn_nhằn	grumble 0.5	grunt 0.5
cằng_chân	shank 1
cẳng	leg 0.25	paw 0.25	pin 0.25	shank 0.25
cẳng_chân	shank 1
cẳng_tay	forearm 1
cặc	cock 0.3333	dick 0.3333	prick 0.3333
cặm	fix 0.5	plant 0.5
cặm_cuị	completely 0.3333	up 0.3333	wrapped 0.3333
cặn	dregs 0.2	excrement 0.2	feces 0.2	lees 0.2	sediment 0.2
cặn_bã	dregs 1
cặn_kẽ	careful 0.3333	detailed 0.3333	minute 0.3333
cặp	bag 0.1429	case 0.1429	couple 0.1429	pair 0.2857	pin 0.1429	tongs 0.1429
cặp_ba_lá	bladed 0.3333	hairpin 0.3333	three 0.3333
cặp_bến	board 0.5	breth 0.3333	come 0.1667
cặp_chì	lead 0.75	seal 0.25
cặp_díp	joined 0.25	together 0.25	twin 0.5
cặp_kè	inseparable 1
cặp_lồng	mess 0.3333	set 0.3333	tins 0.3333
cặp_nhiệt	clinical 0.25	temperature 0.5	thermometer 0.25
cặp_thai	forceps 1
cặp_tóc	hairpin 1
cặp_vợ_chồng	couple 0.5	married 0.5
cặp_đôi	double 0.5	twin 0.5
cọ	fan 0.125	palm 0.125	rub 0.25	scour 0.25	scrub 0.25
cọ_xát	come 0.1667	contact 0.1667	experience 0.3333	repeatedly 0.1667	rub 0.1667
cọ_xơ_ra	abrade 1
cọc	dwarfed 0.1429	money 0.07143	pale 0.1429	picket 0.1429	pile 0.1429	security 0.07143	stake 0.1429	stunted 0.1429
cọc_cheò	thole 0.5	tholepin 0.5
cọc_cạch	clang 0.3333	cranky 0.3333	unmatched 0.3333
cọc_cằn	rough 0.5	rude 0.5
cọn	water 0.5	wheel 0.5
cọng	blade 0.5	tops 0.5
cọp	tiger 1
cọp_caí	tigress 1
cọp_gấm	leopard 1
cọt_kẹt	creak 1
cọt_xê	corset 0.5	stays 0.5
cỏ	grass 0.4	herb 0.2	size 0.1	small 0.1	weed 0.2
cỏ_bạc_đâù	grass 0.3333	headed 0.3333	white 0.3333
cỏ_chân_nhện	finger 0.5	grass 0.5
cỏ_cây	vegetation 1
cỏ_gà	bermuda 0.5	grass 0.5
cỏ_gâú	grass 0.5	nut 0.5
cỏ_khô	hay 1
cỏ_laò	fragrant 0.5	thoroughwort 0.5
cỏ_mần_trâù	goose 0.5	grass 0.5
cỏ_mật	grass 0.5	honey 0.5
cỏ_rả	seedy 0.5	shabby 0.5
cỏ_sâu_róm	bristle 0.3333	grass 0.3333	green 0.3333
cỏ_voi	elephant 0.5	grass 0.5
cỏ_vê	corvee 1
cỏn_con	minor 0.3333	trifling 0.3333	trivial 0.3333
cố	endeavour 0.1667	grandfather 0.05556	great 0.05556	mortage 0.1667	mortgage 0.08333	mother 0.05556	secure 0.08333	try 0.3333
cố_chấp	persistent 0.5	stubborn 0.5
cố_gắng	effort 0.125	endeavour 0.25	every 0.125	try 0.5
cố_hưũ	always 0.25	chronic 0.5	existing 0.25
cố_hương	hometown 0.3333	land 0.1667	native 0.3333	village 0.1667
cố_nhân	flame 0.25	friend 0.25	old 0.5
cố_quốc	country 0.5	native 0.5
cố_sát	commit 0.3333	homicide 0.3333	wilful 0.3333
cố_tri	acquaintance 0.5	old 0.5
cố_vấn	adviser 0.5	counsellor 0.5
cố_ý	set 1
cố_đô	ancient 0.5	capital 0.25	old 0.25
cố_định	fixed 1
cốc	cormorant 0.25	glass 0.25	knekle 0.25	tumbler 0.25
cốc_glass	drink 1
cốc_rươụ	beer 0.5	drink 0.5
cốm	flakes 0.3333	green 0.3333	rice 0.3333
cống	culvert 0.2857	drain 0.2857	pay 0.07143	sewer 0.1429	sluice 0.1429	tribute 0.07143
cống_hiến	contribute 0.5	dedicate 0.5
cốt	bone 0.3333	essence 0.3333	skeleton 0.3333
cốt_khí	japanese 0.5	knotweed 0.5
cốt_nhục	blood 0.25	bone 0.25	flesh 0.25	relationship 0.25
cốt_truyện	fame 0.25	plot 0.5	work 0.25
cốt_yêú	cardinal 0.5	essential 0.5
cồm_cộm	bulging 1
cồn	alcohol 0.25	glue 0.25	hillock 0.25	islet 0.125	river 0.125
cồn_cát	bank 0.5	sand 0.5
cồng	ago 0.02381	ba 0.03571	course 0.07143	each 0.02381	festival 0.02381	funerals 0.03571	gia 0.03571	gong 0.07143	indeed 0.03571	koho 0.07143	kor 0.07143	lively 0.07143	mnong 0.07143	musicians 0.07143	na 0.03571	occasion 0.02381	rai 0.03571	stieng 0.07143	ten 0.02381	weddings 0.07143	years 0.02381
cồng_kềnh	bulky 0.5	unwidly 0.5
cổ	ancient 0.2	antique 0.2	neck 0.4	old 0.2
cổ_cầm	guqin 1
cổ_học	archaeology 1
cổ_hủ	fashioned 0.25	old 0.25	outdated 0.5
cổ_mộ	antique 0.5	tomb 0.5
cổ_nhân	men 0.5	old 0.5
cổ_phiêú	certificate 0.25	coupon 0.5	share 0.25
cổ_phần	share 0.5	stock 0.5
cổ_sơ	aboriginal 1
cổ_tay	wrist 1
cổ_truyền	age 0.5	old 0.5
cổ_trướng	hydropsy 1
cổ_tích	historical 0.5	vestiges 0.5
cổ_võ	excite 0.3333	exhort 0.3333	fire 0.3333
cổ_điển	classic 0.5	classical 0.5
cổ_đông	shareholder 1
cổ_động	launch 0.5	propaganda 0.5
cổng	barrier 0.2	crossing 0.1	entrance 0.2	gate 0.4	level 0.1
cỗ	feast 0.1667	hanquet 0.1667	park 0.1667	piece 0.1667	set 0.1667	suite 0.1667
cỗ_quan_taì	coffin 1
cộc	brief 0.5	shirt 0.5
cộc_cằn	coarse 0.3333	rough 0.3333	rude 0.3333
cộc_lốc	brief 0.3333	curt 0.3333	short 0.3333
cộm	bulge 1
cộng	add 0.4167	petiole 0.1667	plus 0.1667	stem 0.1667	up 0.08333
cộng_hoà	republic 0.5	republican 0.5
cộng_hoà_congo	congo 0.5	republic 0.5
cộng_hoà_macedonia	macedonia 1
cộng_hoà_nam_phi	africa 0.5	south 0.5
cộng_hoà_séc	czech 0.5	republic 0.5
cộng_hoà_trung_phi	african 0.3333	central 0.3333	republic 0.3333
cộng_hoà_ấn_độ	india 0.5	republic 0.5
cộng_sản	communist 1
cộng_tác	collaborate 0.5	cooperate 0.5
cộng_đồng	diaspora 1
cột	bind 0.2	column 0.3	mast 0.2	pillar 0.2	pole 0.1
cột_buồm	mast 1
cột_băng	icicle 1
cột_cờ	flag 0.1667	flagpole 0.3333	flagstaff 0.3333	tower 0.1667
cột_trụ	chief 0.25	main 0.25	pilar 0.25	stay 0.25
cớ	cause 0.25	ground 0.25	pretext 0.25	reason 0.25
cờ	banner 0.2222	cee 0.1111	chess 0.1111	flag 0.2222	standard 0.1111	tassel 0.1111	vexillum 0.1111
cờ_bạc	gamble 0.5	gambling 0.5
cờ_trung_quốc	xiangqi 1
cờ_tướng	chess 0.25	chinese 0.25	xiangqi 0.5
cờ_tỷ_phú	monopoly 1
cờ_vua	chess 1
cờ_vây	go 1
cờ_đam	draughts 1
cỡ	about 0.25	caliber 0.25	sire 0.25	stature 0.25
cợt	tease 0.5	trifle 0.5
cụ	grandparent 0.25	great 0.25	parent 0.5
cụ_bà	grandmother 0.5	great 0.5
cụ_thể	concrete 0.5	material 0.5
cụ_ông	grandfather 0.5	great 0.5
cục	clod 0.1	clot 0.1	coarse 0.1	department 0.25	lump 0.1	ministry 0.05	office 0.1	piece 0.1	rough 0.1
cục_diện	complexion 0.3333	conjuncture 0.3333	situation 0.3333
cục_gôm	eraser 1
cục_gạch	brick 1
cục_mịch	chimsy 0.5	lumpish 0.5
cục_thống_kê_tỉnh	office 0.3333	provincial 0.3333	statistics 0.3333
cục_trưởng	director 1
cục_tâỷ	eraser 1
cụm	chister 0.5	grove 0.5
cụm_công_nghiệp	cluster 0.5	industrial 0.5
cụm_từ	phrase 1
cụp	close 0.3333	hang 0.1667	loose 0.1667	lower 0.3333
cụt	blind 0.3333	cut 0.1667	lopped 0.3333	off 0.1667
cụt_hứng	inspiration 0.5	lack 0.5
củ	bulb 0.25	croak 0.25	off 0.125	pop 0.125	tuber 0.25
củ_caỉ	radish 0.5	turnip 0.5
củ_caỉ_trắng	daikon 1
củ_caỉ_đường	beetroot 1
củ_khơỉ	wolfberry 1
củ_nghệ	turmeric 1
củ_soát	check 1
củ_sắn_root	cassava 1
củ_vấn	examine 0.5	question 0.5
củ_âú	caltrop 0.5	water 0.5
củng	clout 0.5	forehead 0.5
củng_cố	consolidate 0.5	reinforce 0.5
cứ	continue 0.5	keep 0.5
cứ_điểm	entrenched 0.5	fortification 0.5
cứng	hard 0.5	rigid 0.25	tough 0.25
cứng_coỉ	firm 1
cứt	dung 0.25	exerement 0.25	shit 0.5
cứt_raý	ear 0.5	wax 0.5
cứt_xu	born's 0.3333	faeces 0.3333	new 0.3333
cứt_đaí	durty 0.25	excrete 0.5	thing 0.25
cử	begin 0.25	delegate 0.25	depute 0.25	raise 0.25
cử_hành	begin 0.5	celebrate 0.5
cử_nhân	bachelor 1
cử_tri	elector 0.25	voter 0.5	voters 0.25
cử_động	motion 0.5	movement 0.5
cữ	abstain 0.3333	period 0.3333	time 0.3333
cự	oppose 0.3333	resist 0.3333	scold 0.3333
cự_tuyệt	decline 0.5	refuse 0.5
cự_đà	iguana 1
cực	extremely 0.3333	pole 0.3333	ultra 0.3333
cực_hình	torture 1
cực_khoaí	orgasm 1
cực_điểm	extreme 0.3333	maximum 0.3333	ulmost 0.3333
cực_độ	extremely 1
da	banyan 0.05556	derm 0.1667	hide 0.1667	leather 0.1667	pelt 0.1667	skin 0.2222	tree 0.05556
da_bọc_qui_đâù	foreskin 1
da_cam	orange 0.5	skin 0.5
da_che_mắt_ngưạ	blinder 1
da_diết	grawing 0.5	tormenting 0.5
da_dẻ	complexion 0.5	skin 0.5
da_liêũ	diseases 0.3333	skin 0.3333	venereal 0.3333
da_láng	enamelled 0.5	patent 0.5
da_môì	skin 0.5	wrinkled 0.5
da_ngươì	human 0.5	skin 0.5
da_thuộc	hide 0.1667	leather 0.6667	prepared 0.1667
da_thịt	flesh 0.5	skin 0.5
da_ua	yogurt 1
dai	leathery 0.25	persistent 0.25	tenacious 0.25	tough 0.25
dai_dẳng	lasting 0.25	long 0.25	out 0.25	prawn 0.25
dai_đất	ribbon 1
dan_diú	affair 0.5	inlove 0.5
dang	extend 0.3333	open 0.1667	out 0.1667	spread 0.1667	wide 0.1667
dang_dở	uncompleted 0.5	unfinished 0.5
danh	fame 0.3333	name 0.3333	reputation 0.3333
danh_dự	honnour 0.5	honour 0.5
danh_hiêụ	honourable 0.25	name 0.25	signification 0.5
danh_lam	famous 0.5	pagoda 0.5
danh_lơị	fame 0.5	wealth 0.5
danh_mục	list 0.3333	nomenclature 0.3333	roll 0.3333
danh_nghiã	name 0.5	title 0.5
danh_ngôn	apophthgan 0.5	famous 0.25	saying 0.25
danh_pháp_hai_phần	binomial 0.5	nomenclature 0.5
danh_phẩm	famous 0.3333	literaty 0.3333	work 0.3333
danh_phận	attribution 0.5	honour 0.25	position 0.25
danh_sách	namlist 0.25	roll 0.5	roster 0.25
danh_thiếp	business 0.25	card 0.5	visiting 0.25
danh_từ	noun 1
danh_từ_hoá	nominalization 1
danh_vọng	celebrity 0.3333	glory 0.3333	reputation 0.3333
dao	bowie 0.1667	knife 0.8333
dao_baì	card 0.3333	knife 0.3333	shaped 0.3333
dao_baò	razor 0.5	safety 0.5
dao_bâù	chopper 0.3333	knife 0.1667	sticker 0.3333	sticking 0.1667
dao_caọ	razor 1
dao_caỳ	coulter 1
dao_câù	apothercary's 0.25	chopper 0.25	medicinal 0.1667	root 0.1667	slicer 0.1667
dao_găm	dagger 0.6667	poniard 0.3333
dao_mổ	bistoury 0.5	lancet 0.5
dao_ngôn	rumour 1
dao_nhíp	knife 0.25	penknife 0.5	pocket 0.25
dao_pha	all 0.3333	knife 0.3333	purpose 0.3333
dao_phay	chopping 0.5	knife 0.5
dao_quắm	bush 0.5	whacker 0.5
dao_rưạ	cleaver 0.5	jungle 0.25	knife 0.25
dao_xếp	claop 0.25	jack 0.25	knife 0.5
dao_ăn	knife 0.5	table 0.5
dao_động	agitate 0.3333	oscillate 0.3333	swing 0.3333
day	face 0.3333	front 0.3333	turn 0.3333
day_dứt	harass 1
daì	long 1
daì_dòng	diffuse 0.3333	lengthy 0.3333	prolix 0.3333
daí	penis 1
daò	boil 0.1667	over 0.1667	overbrim 0.3333	overflow 0.3333
daù_daù	down 0.1667	gloomy 0.3333	mouth 0.1667	withered 0.3333
daĩ	saliva 1
daỉ	band 0.5	range 0.5
daỉ_gaza	gaza 0.5	strip 0.5
daỉ_lưng_thêu	obi 1
daỉ_đất	belt 0.5	land 0.5
daị	feral 0.25	gatuous 0.25	stupid 0.25	wild 0.25
daị_dột	foolish 0.6667	stupid 0.3333
daọ	period 0.25	stroll 0.25	time 0.25	walk 0.25
daọ_bước	stroll 1
daọ_gót	air 1
daọ_naỳ	nowadays 1
daọ_âý	period 0.5	time 0.5
daỳ	cloze 0.2	deep 0.2	dense 0.2	thick 0.4
daỳ_công	great 0.5	pains 0.5
daỳ_cộm	coarse 0.5	thick 0.5
daỳ_dặn	densely 0.3333	thick 0.3333	up 0.3333
daỳ_đặc	dense 1
daỵ	educate 0.25	teach 0.5	train 0.25
daỵ_baỏ	bring 0.125	elevate 0.25	rear 0.25	teach 0.25	up 0.125
daỵ_dỗ	admonish 0.1667	affectionately 0.1667	affectionnately 0.1667	teach 0.5
daỵ_học	teach 1
daỵ_kèm	tutor 1
daỵ_kê	class 0.3333	hight 0.3333	teach 0.3333
daỵ_tư	privately 0.25	teach 0.25	turtor 0.5
daỵ_đơì	air 0.1667	speak 0.3333	superior 0.3333	tone 0.1667
daỷ	push 1
daỹ	chain 0.25	line 0.25	row 0.25	set 0.25
daỹ_nuí	mountain 0.5	range 0.5
de	cinnamon 1
den_haag	hague 1
deo	puckered 0.5	wrinkled 0.5
deỏ	flexible 0.3333	plastic 0.3333	soft 0.3333
deỏ_chân	footed 0.5	light 0.5
deỏ_dai	enduring 0.5	resistant 0.5
deỏ_dang	apparently 0.25	lithe 0.25	litheness 0.25	showing 0.25
deỏ_mồm	glib 0.5	talkative 0.5
deỏ_queọ	lithe 1
deỏ_sức	tireless 0.5	untiring 0.5
di	behind 0.3333	leave 0.3333	move 0.3333
di_bút	posthumous 0.5	writing 0.5
di_caỏ	manuscript 0.5	posthumous 0.5
di_chiêú	king's 0.3333	last 0.3333	will 0.3333
di_chuyển	displace 0.3333	move 0.3333	transfer 0.3333
di_chúc	testament 0.5	will 0.5
di_chỉ	archaeological 0.5	site 0.5
di_chứng	sequela 1
di_căn	matastasis 1
di_cư	emigrate 0.5	migrate 0.5
di_cốt	bones 0.5	remains 0.5
di_dân	emigrant 0.3333	emigration 0.3333	immigrant 0.3333
di_dưỡng	divert 0.5	entertain 0.5
di_dịch	alter 0.25	move 0.5	somewhat 0.25
di_haì	relics 0.5	remains 0.5
di_haị	aftermaths 0.75	leave 0.25
di_hoạ	bring 0.5	misfortunes 0.5
di_huấn	instructions 0.1667	last 0.5	message 0.1667	recommendation 0.1667
di_mệnh	last 0.5	will 0.5
di_ngôn	last 0.5	will 0.25	words 0.25
di_sản	heritage 0.75	legacy 0.25
di_thực	acclimatize 1
di_tinh	spermatorrhoea 1
di_truyền	hereditary 1
di_truyền_học	genetics 1
di_trú	address 0.1667	change 0.1667	immigrate 0.3333	migrate 0.3333
di_tích	historical 0.1	monument 0.2	relic 0.2	remains 0.2	site 0.1	vestiges 0.2
di_tản	evacuate 1
di_tật	sequela 1
di_tặng	bequeath 1
di_vật	relic 1
di_xú	bad 0.3333	leave 0.3333	name 0.3333
di_động	cell 0.125	cellular 0.25	mobile 0.25	phone 0.125	roving 0.25
digan	gypsy 1
dim	close 0.5	half 0.5
dinh	official 0.25	palace 0.5	residence 0.25
dinh_cơ	domain 0.5	estalishment 0.1667	large 0.1667	private 0.1667
dinh_dưỡng	nourishing 0.25	nourishment 0.25	nutrition 0.25	nutritious 0.25
dinh_luỹ	barracks 0.25	bastions 0.25	stronghold 0.5
dinh_điền	cultivate 0.3333	lands 0.3333	new 0.3333
diã	disc 0.1429	discus 0.1429	dish 0.1429	disk 0.1429	fork 0.1429	plate 0.2857
diã_bay	flying 0.5	saucer 0.5
diêm	match 0.375	matchstick 0.25	salt 0.125	sulphur 0.25
diêm_duá	smart 0.5	spruce 0.5
diêm_dân	salt 0.5	worker 0.5
diêm_phủ	hell 1
diêm_sinh	sulphur 1
diêm_tiêu	saltpetre 1
diêm_vương	hell 0.5	king 0.5
diêm_vương_tinh	pluto 1
diêm_đaì	hades 0.5	hell 0.5
diêm_điền	marsh 0.5	salt 0.5
diên_vĩ	iris 1
diêù	kite 0.6667	paper 0.3333
diêù_hâu	hawk 1
diêù_mướp	harrier 1
diêũ	march 0.5	past 0.5
diêũ_binh	march 0.25	past 0.25	prade 0.5
diêụ	effective 1
diêụ_kế	effective 0.5	trick 0.5
diêụ_võ_dương_oai	off 0.3333	show 0.3333	strength 0.3333
diêụ_vơị	complicated 0.3333	far 0.3333	remote 0.3333
diù	hand 0.5	lead 0.5
diù_dắt	guide 0.5	lead 0.5
diếp	lettuce 1
diếp_cá	houttuynia 1
diếp_xoăn	chicory 1
diềm	edging 1
diềm_bâu	calico 0.5	cloth 0.1667	cotton 0.1667	plain 0.1667
diễm_lệ	beautiful 0.25	charming 0.5	dazzling 0.25
diễm_phúc	bliss 0.5	felicity 0.5
diễm_sử	beautiful 0.3333	history 0.3333	love 0.3333
diễm_tình	love 1
diễn	act 0.25	occur 0.25	perform 0.25	place 0.25
diễn_biến	development 0.25	evolve 0.125	happen 0.25	happening 0.25	unfold 0.125
diễn_ca	plain 0.4167	put 0.1667	verse 0.4167
diễn_cảm	expressive 1
diễn_dịch	deduce 1
diễn_giaỉ	explain 1
diễn_giả	orator 0.5	speaker 0.5
diễn_giảng	lecture 1
diễn_nghiã	historical 0.25	novel 0.25	novelize 0.5
diễn_thuyết	deliver 0.25	lecture 0.5	speech 0.25
diễn_tiến	evolve 1
diễn_tâú	execute 0.5	perform 0.5
diễn_tả	describe 0.5	express 0.5
diễn_tập	battle 0.1111	manoeuvres 0.1667	perform 0.1667	rehearse 0.3333	sham 0.1111	stage 0.1111
diễn_từ	address 0.5	welcoming 0.5
diễn_viên	actor 1
diễn_văn	address 0.5	speech 0.5
diễn_xuất	act 0.5	perform 0.5
diễn_đaì	platform 0.1667	pulpit 0.3333	rostrum 0.3333	speaker's 0.1667
diễn_đàn	forum 0.75	platform 0.25
diễn_đơn	solo 1
diễn_đạt	express 1
diệc	heron 1
diện	area 0.3333	aspect 0.3333	deck 0.1667	out 0.1667
diện_maọ	countenance 0.5	face 0.5
diện_tiền	front 1
diện_tích	acreage 0.3333	area 0.6667
diện_đàm	face 0.6667	talk 0.3333
diệp	board 0.5	mould 0.5
diệp_lục	chlorophyl 1
diệp_lục_tố	chlorophyll 1
diệp_thạch	schist 1
diệt	destroy 0.5	exterminate 0.5
diệt_chủng	exterminate 0.5	race 0.5
diệt_cỏ	herbicide 1
diệt_khuẩn	sterilize 1
diệt_sinh	biocide 1
diệt_sinh_thaí	ecocide 1
diệt_trừ	exterminate 0.5	out 0.25	root 0.25
diệt_vong	perish 1
diệt_xã_hôị	sociocide 1
diụ	acute 0.125	less 0.25	solf 0.25	sweet 0.25	tense 0.125
diụ_dàng	graceful 0.5	sweet 0.5
diụ_giọng	lower 0.25	soften 0.25	tone 0.5
diụ_hiền	gentle 1
diụ_ngọt	solf 0.5	sweet 0.5
diụ_đi	abate 1
do_dự	hesitate 0.5	waver 0.5
do_thaí	hebrew 0.3333	isreal 0.3333	jewish 0.3333
do_thaí_giaó	judaism 1
do_thám	spy 1
do_đó	consequently 0.5	hence 0.5
doa	bore 0.75	smooth 0.25
doanh	abundant 0.5	full 0.5
doanh_lơị	profitableness 1
doanh_nghiệp	business 0.2857	businesses 0.1429	company 0.1429	enterprise 0.1429	enterprises 0.1429	trade 0.1429
doanh_nhân	business 0.1667	businessman 0.3333	entrepreneur 0.3333	people 0.1667
doanh_số	over 0.5	turn 0.5
doanh_thu	go 0.1667	trade 0.5	turnover 0.3333
doanh_traị	barracks 0.5	billet 0.5
doaĩ	strech 1
doi	headland 0.5	promontory 0.5
dom	anat 1
dong	arrowroot 0.25	drive 0.25	escort 0.25	phrynium 0.25
dong_dỏng	slender 1
dong_riềng	canna 0.5	edible 0.5
doành	watercourse 1
doì	bank 0.1667	headland 0.3333	promontory 0.3333	silt 0.1667
doĩ	closely 0.25	follow 0.25	pursue 0.5
doạ	intimidate 0.5	menace 0.5
doạ_dẫm	intimidate 0.5	threaten 0.5
doạ_nạt	intimidate 0.5	threaten 0.5
doạng	apart 0.5	wide 0.5
doị	hurl 0.25	plumb 0.5	violenty 0.25
dpcm	qed 1
du	briskly 0.25	push 0.25	walk 0.5
du_canh	farming 0.3333	nomadic 0.3333	practise 0.3333
du_côn	hooligan 0.3333	rough 0.3333	thug 0.3333
du_cư	life 0.1667	live 0.1667	nomad 0.5	nomadic 0.1667
du_dương	harmonious 0.3333	melodious 0.3333	sweet 0.3333
du_hành	travel 1
du_học	abroad 0.5	study 0.5
du_học_sinh	abroard 0.5	student 0.5
du_khách	tourist 0.4	tourists 0.2	traveller 0.2	visitors 0.2
du_kích	guerilla 1
du_lãm	go 0.5	sightsseeing 0.5
du_lịch	tour 0.1429	tourism 0.2857	tourist 0.1429	travel 0.4286
du_mục	nomadic 0.5	shepherd 0.5
du_ngoạn	go 0.25	picnic 0.5	sightseeing 0.25
du_nhập	import 1
du_thuyết	ambassabor 0.5	large 0.5
du_thuyền	yacht 0.5	yatch 0.5
du_thủ_du_thực	idle 0.5	lead 0.1667	life 0.1667	truant 0.1667
du_xuân	enjoy 0.5	spring 0.5
du_xích	scalt 0.25	sliding 0.25	vernier 0.5
du_đãng	vagrant 1
dua_nịnh	adulate 0.5	flatter 0.5
dublin	dublin 1
dubni	dubnium 1
dun	behind 0.5	push 0.5
dun_ruỉ	bring 0.5	push 0.5
dung	leav 0.1667	tolerant 0.1667	tolerate 0.3333	toward 0.1667	unpunished 0.1667
dung_dị	easy 0.5	simple 0.5
dung_dịch	solution 1
dung_hoà	harmonize 1
dung_lượng	capacity 0.5	content 0.5
dung_maọ	countenance 0.5	face 0.5
dung_môi	solven 1
dung_nham	lava 1
dung_nhan	countenance 1
dung_nạp	accept 0.5	admit 0.5
dung_quang	face 0.25	fair 0.25	good 0.25	looks 0.25
dung_sai	tolerance 1
dung_tha	forgive 0.5	pardon 0.5
dung_thân	refuge 1
dung_thứ	excuse 0.5	pardon 0.5
dung_tích	capacity 1
dung_túng	tolerate 0.5	wink 0.5
dung_tục	vulgar 1
duy	except 0.5	save 0.5
duy_cảm	sensationlist 0.3333	sensual 0.3333	sensualistic 0.3333
duy_danh	nominalist 0.5	nominalistic 0.5
duy_linh	spiritualist 0.5	spiritualistic 0.5
duy_ngã	egotistic 0.5	egotistical 0.5
duy_nhất	one 0.3333	undivided 0.3333	unique 0.3333
duy_nhứt	only 0.3333	sole 0.3333	unique 0.3333
duy_trì	maintain 1
duy_trí	intellectualist 1
duy_tâm	idealist 0.3333	idealistic 0.3333	superstitious 0.3333
duy_tâm_luận	idealism 1
duy_tân	however 0.2	island 0.06667	jail 0.06667	moderniste 0.2	re 0.1	reform 0.2	reunion 0.06667	unification 0.1
duy_vật	materialism 1
duy_vật_luận	materialism 1
duy_ý_chí	voluntarist 1
duyên	charm 0.5	grace 0.5
duyên_cớ	case 0.5	reason 0.5
duyên_do	cause 1
duyên_dáng	charming 0.5	graceful 0.5
duyên_giang	riparian 1
duyên_haỉ	coast 0.5	sea 0.1667	seashore 0.3333
duyên_kiếp	affinity 0.5	predestined 0.5
duyên_nợ	association 0.25	love 0.1667	natural 0.25	predestined 0.1667	tie 0.1667
duyên_phận	fate 0.5	love 0.25	marriage 0.25
duyên_số	fate 0.3333	long 0.3333	sealed 0.3333
duyệt	examine 0.3333	inspect 0.3333	review 0.3333
duyệt_binh	review 0.5	troops 0.5
duyệt_y	after 0.3333	approve 0.3333	consideration 0.3333
duì	awl 0.3333	prick 0.3333	stick 0.3333
duì_cui	bludgeon 0.5	club 0.5
duì_đục	club 0.3333	mallet 0.3333	shaped 0.3333
duí	bamboo 0.5	rat 0.5
duôí	streblus 1
duôĩ	extend 0.3333	stretch 0.6667
duĩ	grout 0.5	poke 0.5
duị_tắt	out 0.5	stub 0.5
dàn	arrange 0.5	display 0.5
dàn_cảnh	stage 1
dàn_hoà	couciliate 0.5	mediate 0.5
dàn_hợp_xướng	choir 1
dàn_nhạc	orchestra 1
dàn_nhạc_giao_hưởng	orchestra 0.5	symphony 0.5
dàn_xếp	arrange 0.5	settle 0.5
dành	engage 0.3333	reserve 0.3333	save 0.3333
dành_dành	gardenia 1
dành_dụm	bit 0.3333	every 0.3333	save 0.3333
dành_giật	cramble 1
dành_riêng	reserve 0.5	reserved 0.5
dám	dare 1
dán	glue 0.3333	paste 0.3333	stick 0.3333
dáng	air 0.3333	gait 0.3333	shape 0.3333
dáng_điêụ	air 0.3333	appearance 0.3333	manner 0.3333
dát	inlay 0.3333	laminate 0.3333	thinner 0.3333
dâm	lend 0.5	lustful 0.5
dâm_bôn	adulterous 1
dâm_bụt	hibiscus 1
dâm_dấp	damp 0.5	moist 0.5
dâm_dật	lascivious 0.5	lustful 0.5
dâm_dục	concupiscence 0.1667	concupiscent 0.1667	indulgence 0.08333	lewdness 0.1667	lust 0.1667	lustful 0.1667	sexual 0.08333
dâm_hoạ	painting 0.5	pornograpic 0.5
dâm_loạn	incestuous 1
dâm_ngôn	language 0.5	obscence 0.5
dâm_phụ	adulteress 1
dâm_thư	book 0.5	pornographic 0.25	sexy 0.25
dâm_ô	lend 0.5	obscence 0.5
dâm_đãng	debauched 0.3333	lend 0.3333	lustful 0.3333
dân	citizen 0.3333	people 0.6667
dân_binh	militia 1
dân_biêủ	people's 0.5	representative 0.5
dân_ca	ballad 0.1667	depending 0.05556	folk 0.1667	particularly 0.08333	performance 0.05556	solo 0.05556	song 0.1667	spring 0.08333	young 0.1667
dân_caỳ	tiller 1
dân_chaì	fisherman 1
dân_chính	administration 0.5	civil 0.5
dân_chúng	country 0.5	people 0.5
dân_chủ	blue 0.3333	democracy 0.3333	democratic 0.3333
dân_chủ_hoá	democratize 1
dân_công	conscripted 0.5	labourer 0.5
dân_cư	inhabitants 0.5	population 0.5
dân_cử	elected 0.25	elective 0.5	people 0.25
dân_dã	people 0.5	rural 0.5
dân_dấn	eyes 0.5	moisten 0.5
dân_dụng	civil 1
dân_gian	broad 0.1667	folk 0.3333	masses 0.1667	popular 0.3333
dân_gipsi	gypsy 1
dân_gipxi	gypsy 1
dân_luật	civil 0.5	law 0.5
dân_làng	villager 1
dân_lập	founded 0.5	people 0.5
dân_mông_cổ	mongolian 1
dân_nguyện	aspirations 0.5	people's 0.5
dân_nhập_cư	immigrant 1
dân_phong	customs 0.5	popular 0.5
dân_phòng	civil 0.5	defence 0.5
dân_quyền	civic 0.5	rights 0.5
dân_quân	militiaman 1
dân_quê	country 0.25	folk 0.25	peasant 0.5
dân_quốc	democracy 1
dân_sinh	livelihood 0.5	people 0.5
dân_số	population 1
dân_sự	civilian 1
dân_thâỳ	collar 0.3333	white 0.3333	workers 0.3333
dân_thường	civilian 0.3333	file 0.1667	man 0.1667	rand 0.1667	street 0.1667
dân_thợ	workman 1
dân_trí	cultural 0.3333	people's 0.3333	standard 0.3333
dân_tuý	populist 1
dân_tâm	hearts 0.25	people's 0.5	will 0.25
dân_tình	feeling 0.25	lot 0.25	people's 0.25	popular 0.25
dân_tị_nạn	refugee 1
dân_tộc	ethnic 0.1667	ethnicity 0.1667	group 0.1667	nation 0.1667	nationality 0.1667	race 0.1667
dân_tộc_chủ_nghiã	nationalist 0.5	nationalistic 0.5
dân_tộc_hoá	nationalize 1
dân_tộc_học	ethnography 0.3333	ethnology 0.6667
dân_tộc_tính	character 0.5	national 0.5
dân_vận	population 0.5	propaganda 0.5
dân_y	civil 0.3333	medical 0.3333	service 0.3333
dân_ý	people's 0.5	will 0.5
dân_đen	common 0.1111	mob 0.3333	people 0.1111	rabbel 0.3333	run 0.1111
dâng	high 0.125	offer 0.25	present 0.25	rise 0.25	run 0.125
dâu	bride 0.1667	daughter 0.1667	law 0.1667	mulberry 0.1667	son's 0.1667	wife 0.1667
dâu_cao_su	elastic 1
dâu_con	daughter 0.6667	law 0.3333
dâu_gia	ally 0.5	family 0.25	related 0.25
dâu_tây	strawberry 1
dây	chord 0.1667	cord 0.1667	rope 0.3333	string 0.1667	wire 0.1667
dây_bọc	electric 0.3333	insulated 0.3333	wire 0.3333
dây_chun	elastic 1
dây_chằng	ligament 1
dây_cung	bowstring 0.6667	chord 0.3333
dây_cáp	cable 1
dây_câu	fishing 0.5	line 0.5
dây_cương	bridle 1
dây_doị	line 0.5	plumb 0.5
dây_dưa	drag 0.75	out 0.25
dây_dẫn	conducting 0.25	conductor 0.25	wire 0.5
dây_dợ	cord 0.5	string 0.5
dây_giaỳ	lace 0.1667	shoe 0.3333	shoelace 0.3333	string 0.1667
dây_kẽm_gai	barbed 0.5	wire 0.5
dây_leo	creeper 0.5	liana 0.5
dây_lưng	belt 0.6667	waistband 0.3333
dây_muĩ	lead 0.5	neat's 0.5
dây_mực	chalk 0.5	line 0.5
dây_noí	phone 0.3333	telephone 0.6667
dây_nịt	belt 1
dây_oan	misfortune 0.5	ties 0.5
dây_phơi	clothes 0.5	line 0.5
dây_sống	chordata 0.5	notochord 0.5
dây_thép	iron 0.5	wire 0.5
dây_thép_gai	barbed 0.5	wire 0.5
dây_tây	strawberry 1
dây_tóc	hairspring 1
dây_tơ_hồng	marriage 0.5	ties 0.5
dây_xích	chain 1
dây_điện	electric 0.5	wive 0.5
dây_đất	ground 1
dâù	although 0.1667	even 0.08333	however 0.1667	if 0.08333	oil 0.3333	though 0.1667
dâù_cá	fish 0.5	oil 0.5
dâù_gan_cá	cod 0.3333	liver 0.3333	oil 0.3333
dâù_gôị_đâù	shampoo 1
dâù_haù	oyster 0.5	sauce 0.5
dâù_hoả	kerosene 0.5	leum 0.25	petro 0.25
dâù_hắc	tar 1
dâù_khí	complex 0.3333	gas 0.3333	petroleum 0.3333
dâù_lòng	pleases 0.3333	tak 0.1667	trouble 0.1667	will 0.3333
dâù_mè	oil 0.5	sesame 0.5
dâù_mỏ	mineral 0.25	oil 0.75
dâù_mỡ	lubricant 1
dâù_nhờn	lubricant 1
dâù_phọng	oil 0.5	peanut 0.5
dâù_ta	oil 0.5	vegetal 0.5
dâù_thánh	holy 0.5	oil 0.5
dâù_thơm	perfume 0.5	scent 0.5
dâù_thực_vật	oil 0.5	vegetable 0.5
dâù_tây	kerosene 1
dâù_vâỵ	all 1
dâù_xăng	gasoline 1
dâù_ăn	oil 0.5	table 0.5
dâú	fingerprint 0.07143	mark 0.1429	print 0.07143	seal 0.1429	sign 0.1429	stamp 0.1429	trace 0.1429	track 0.1429
dâú_chân	footmark 0.5	footprint 0.5
dâú_chấm	full 0.5	stop 0.5
dâú_chấm_phâỷ	colon 0.5	semi 0.5
dâú_chấm_than	exclamation 0.5	mark 0.5
dâú_cộng	plus 0.5	sign 0.5
dâú_giáng	flat 1
dâú_gạch_ngang	dash 1
dâú_gạch_nôí	hyphen 1
dâú_hai_chấm	colon 1
dâú_hiêụ	badge 0.2	sign 0.2	signal 0.2	symtom 0.2	token 0.2
dâú_hoa_thị	asterik 1
dâú_hoỉ	accent 0.5	falling 0.5
dâú_huyền	accent 0.25	grave 0.75
dâú_lăn_tay	fingerprints 1
dâú_lược	apostrophe 1
dâú_móc	horn 1
dâú_mũ	accent 0.25	circumflex 0.75
dâú_mũ_ngược	breve 1
dâú_ngoặc	parenthesis 1
dâú_ngoặc_vuông	brackets 0.5	square 0.5
dâú_ngã	accent 0.1667	rising 0.1667	tilde 0.6667
dâú_niêm	seal 1
dâú_nôí	hyphen 1
dâú_nặng	drop 0.25	tone 0.25	underdot 0.5
dâú_phâỷ	comma 1
dâú_phụ	diacritic 1
dâú_râu	horn 1
dâú_sắc	accent 0.3333	acute 0.3333	high 0.1667	tone 0.1667
dâú_tay	finger 0.5	print 0.5
dâú_thanh_điêụ	mark 0.5	tone 0.5
dâú_thánh	cross 0.5	sign 0.5
dâú_thánh_giá	cross 0.5	sign 0.5
dâú_thăng	sharp 1
dâú_thị_thực	visa 1
dâú_tròn_đôi	breve 1
dâú_trăng	breve 1
dâú_tích	vestige 1
dâú_vết	trace 0.5	vestige 0.5
dâú_đăng_kí	propiska 1
dâú_ấn	stamp 1
dâý	raise 0.5	rise 0.25	up 0.25
dâý_binh	croops 0.5	raise 0.5
dâý_loạn	rebel 0.5	revolt 0.5
dâụ	branch 0.3333	earthly 0.3333	tenth 0.3333
dâỵ	awake 0.2	rise 0.2	up 0.4	wake 0.2
dâỵ_lên	awake 0.5	up 0.25	wake 0.25
dâỵ_men	ferment 1
dâỵ_muì	smelling 0.5	stinking 0.5
dâỵ_thì	pubecent 0.5	puberal 0.5
dâỵ_đất	resounding 1
dã	effect 0.1667	neutralize 0.1667	rustic 0.1667	savage 0.1667	wild 0.3333
dã_chiến	combat 0.5	field 0.5
dã_cầm	birds 0.5	wild 0.5
dã_dươị	out 0.25	tired 0.5	worn 0.25
dã_man	barbarian 0.25	barbaric 0.25	barbarous 0.25	savage 0.25
dã_nhân	gorilla 0.5	rustic 0.5
dã_thú	beast 0.5	wild 0.5
dã_tràng	sandcrab 1
dã_tâm	ambition 0.25	bad 0.25	intention 0.25	wicked 0.25
dè	expect 1
dè_biủ	slight 0.5	sneer 0.5
dè_chừng	against 0.25	eventuality 0.25	foresee 0.25	guard 0.25
dè_dặt	careful 0.3333	cautious 0.3333	safe 0.3333
dè_dụm	money 0.5	save 0.5
dè_sẻn	parsimonious 1
dè_xẻn	little 0.3333	parsimonious 0.5	save 0.1667
dè_đâu	contrary 0.1667	expected 0.1667	unexpecdly 0.5	what 0.1667
dé	aside 0.5	step 0.5
dép	flip 0.125	flop 0.125	sandal 0.5	thong 0.25
dép_quai_hâụ	sandal 1
dép_tông	flip 0.25	flop 0.25	thong 0.5
dê	dee 0.25	goat 0.5	satyr 0.25
dê_cụ	lascivious 0.5	lusful 0.5
dê_diêú	expose 0.5	shame 0.5
dì	aunt 1
dì_ghẻ	mother 0.5	step 0.5
dì_phước	mercy 0.5	sister 0.5
dìm	duck 0.3333	hush 0.1667	suppress 0.3333	up 0.1667
dí_dỏm	humorouus 0.5	witty 0.5
dí_nát	grind 1
dính	glue 0.1667	gluey 0.1667	gummy 0.1667	involed 0.1667	stick 0.1667	sticky 0.1667
dính_dáng	concern 1
dính_kết	agglutinate 1
dính_liú	connection 0.5	involved 0.5
dính_maú	bloody 1
dính_mép	eating 0.25	little 0.25	too 0.25	worth 0.25
dính_ngón	syndactyl 1
dò	bird 0.08333	collate 0.1667	compare 0.1667	detect 0.08333	fathom 0.1667	round 0.1667	snare 0.08333	sounding 0.08333
dò_dẫm	grope 1
dò_hoỉ	information 0.25	inquire 0.5	seek 0.25
dò_xét	discreetly 0.25	investigate 0.5	observe 0.25
dòm	look 0.3333	peep 0.3333	pry 0.3333
dòm_chừng	watch 1
dòm_dỏ	eye 0.3333	inquisitive 0.3333	keep 0.3333
dòm_ngó	look 1
dòn	brittle 0.5	crisp 0.5
dòng	current 0.125	descent 0.125	line 0.125	lower 0.125	order 0.0625	religious 0.0625	strain 0.125	stream 0.125	tow 0.125
dòng_chaỷ	current 0.5	flow 0.5
dòng_châu	tears 1
dòng_doĩ	birth 0.3333	descent 0.3333	lineage 0.3333
dòng_giống	race 0.5	stock 0.5
dòng_họ	family 1
dòng_nước	current 0.5	water 0.5
dòng_sông	river 1
dòng_thuần	blooded 0.1667	line 0.1667	pure 0.4167	stock 0.25
dòng_tên	jesuit 1
dòng_điện	current 0.5	electric 0.5
dó	rhamnoneuron 1
dóc	lie 0.5	untrue 0.5
dô	protruding 1
dôi	excess 0.75	left 0.25
dông	storm 0.5	thunderstorm 0.5
dông_daì	lengthy 0.5	prolix 0.5
dông_tố	storm 1
dôì	black 0.1667	pudding 0.1667	sausage 0.3333	throw 0.1667	up 0.1667
dôì_daò	abumdant 0.3333	plentiful 0.3333	profuse 0.3333
dôí	carelessly 0.1667	deceive 0.3333	done 0.1667	lie 0.3333
dôí_dá	careless 1
dôí_trá	deceitful 0.5	false 0.5
dôĩ	sulk 1
dôị	bound 0.25	kick 0.25	pour 0.25	resound 0.25
dõng_dạc	dignified 0.25	loud 0.25	sedately 0.5
dù	however 0.1429	parachute 0.1429	sunshade 0.1429	though 0.1429	umbrella 0.2857	whether 0.1429
dù_dì	fish 0.5	owl 0.5
dù_rằng	although 0.5	though 0.5
dù_sao	anyhow 0.5	anyway 0.5
dùng	consume 0.2	employ 0.2	take 0.1	to 0.1	use 0.4
dùng_dằng	hesitant 0.5	undecide 0.5
dùng_được	usable 1
dúm_dó	up 0.5	wrinkled 0.5
dăm	several 1
dĩ	employ 0.5	take 0.25	to 0.25
dĩ_nhiên	course 0.5	naturally 0.5
dĩ_vãng	former 0.25	past 0.5	times 0.25
dĩnh_ngộ	bright 0.25	intelligen 0.25	looking 0.5
dũng	bravery 0.5	courage 0.5
dũng_cảm	brave 0.6667	courageous 0.3333
dũng_khí	bravery 0.5	courage 0.5
dũng_mãnh	brave 0.5	strong 0.5
dũng_sĩ	man 0.5	valiant 0.5
dũng_tướng	brave 0.5	general 0.5
dơ	dirty 0.4	mucky 0.2	raise 0.2	unclean 0.2
dơ_bẩn	dirty 1
dơ_dáng	disgraceful 0.5	shameless 0.5
dơ_đơì	shameful 1
dơi	bat 0.6667	flittermouse 0.3333
dơi_hút_maú	vampire 1
dơi_muôĩ	vespertilis 1
dơi_quạ	flying 0.5	fox 0.5
dơi_quỷ	vampire 1
dơì	move 0.5	transfer 0.5
dơì_chân	go 0.25	leave 0.5	off 0.25
dư	odd 1
dư_ba	lingering 0.25	rippling 0.25	tail 0.25	tremor 0.25
dư_chấn	aftershock 1
dư_dả	comfortable 0.5	enough 0.1667	having 0.1667	spare 0.1667
dư_dật	comfortably 0.25	enough 0.1667	having 0.1667	more 0.1667	off 0.25
dư_giả	plentiful 1
dư_hạ	leisure 0.75	time 0.25
dư_luận	opinion 0.5	public 0.5
dư_thưà	excess 0.3333	redundant 0.3333	superfluous 0.3333
dư_vị	aftertaste 1
dư_âm	echo 1
dư_điạ_chí	book 0.5	geography 0.5
dư_đảng	remnants 1
dưa	melon 0.5	salted 0.25	vegetables 0.25
dưa_chuột	cucumber 1
dưa_góp	pickles 0.5	vegetable 0.5
dưa_hành	onion 0.3333	pickleed 0.3333	welsh 0.3333
dưa_hâú	watermelon 1
dưa_hồng	chinese 0.5	melon 0.5
dưa_leo	cucumber 1
dưa_lê	melon 0.3333	pear 0.3333	shaped 0.3333
dưa_muôí	foods 0.25	pickles 0.25	poor 0.25	salt 0.25
dưa_món	pickles 0.5	vegetable 0.5
dưa_tây	melon 1
dưa_đỏ	melon 0.5	water 0.5
dưng	idle 0.25	offer 0.25	proffer 0.25	slack 0.25
dưà	coconut 0.8333	palm 0.1667
dưà_cạn	periwinkle 1
dưà_nước	nipa 1
dưá	ananas 0.25	butterfly 0.125	nutritious 0.125	pineapple 0.5
dưá_daị	pandanus 1
dương	male 0.1429	ocean 0.1429	poplar 0.2857	possitive 0.1429	solar 0.1429	yang 0.1429
dương_bản	photograph 0.5	positive 0.5
dương_châu	yangzhou 1
dương_cầm	piano 1
dương_cực	anode 1
dương_danh	good 0.5	name 0.5
dương_gian	land 0.1667	living 0.1667	pf 0.1667	world 0.5
dương_liêũ	willow 1
dương_lịch	calendar 0.5	solar 0.5
dương_tính	male 0.5	nature 0.5
dương_tử	yangtze 1
dương_vật	number 0.1667	penis 0.6667	viril 0.1667
dương_xỉ	fern 1
dươí	below 0.3333	under 0.6667
dưạ	against 0.25	lean 0.5	stand 0.25
dưạ_dẫm	depend 1
dưạ_trên	found 1
dưạ_vaò	rely 1
dướng	mulbery 0.5	paper 0.5
dường	just 0.25	like 0.25	seem 0.5
dường_naò	how 0.5	much 0.5
dường_như	seem 0.75	would 0.25
dưỡng	foster 0.3333	husband 0.3333	nourish 0.3333
dưỡng_bệnh	convalesce 0.5	convalescence 0.5
dưỡng_bịnh	convalesce 0.5	convalescence 0.5
dưỡng_dục	bring 0.25	educate 0.25	foster 0.25	up 0.25
dưỡng_khí	oxygen 1
dưỡng_laõ_viện	aged 0.5	home 0.5
dưỡng_mâũ	adoptive 0.5	mother 0.5
dưỡng_nữ	adoptive 0.5	daughter 0.5
dưỡng_phụ	adoptive 0.5	father 0.5
dưỡng_sinh	bring 0.1667	nourish 0.3333	rear 0.3333	up 0.1667
dưỡng_sức	health 0.5	save 0.5
dưỡng_thai	embryotrophic 1
dưỡng_thần	mind 0.5	preserve 0.5
dưỡng_trấp	chyle 1
dưỡng_đường	climic 0.5	hospital 0.5
dược	medicine 1
dược_học	pharmacentics 0.5	pharmacy 0.5
dược_khoa	pharmacy 1
dược_liêụ	drug 0.5	medicine 0.5
dược_lý_học	pharmacology 1
dược_phòng	chemist's 0.25	drugstore 0.5	shop 0.25
dược_phẩm	pharmaceutical 0.5	product 0.5
dược_sĩ	chermist 0.5	pharmeacist 0.5
dược_thaỏ	herb 0.5	medician 0.25	plant 0.25
dược_tá	clerk 0.5	phescription 0.5
dược_tính	pharmaceutical 0.5	value 0.5
dược_điển	pharmacopoeia 1
dượng	aunt 0.5	husband 0.5
dượt	drill 0.3333	practise 0.3333	train 0.3333
dạ	felt 0.1667	heart 0.1667	mind 0.1667	please 0.1667	yes 0.3333
dạ_con	womb 1
dạ_daỳ	stomach 1
dạ_hôị	evening 0.5	party 0.5
dạ_quang	fire 0.25	fly 0.25	glow 0.25	worm 0.25
dạ_vũ	nocturnal 0.5	rain 0.5
dạ_yến	feast 0.5	night 0.5
dạm	offer 0.5	propose 0.5
dạm_bán	offer 0.5	sale 0.5
dạm_ngõ	blind 0.25	date 0.25	miai 0.5
dạm_vợ	dan 0.25	extend 0.25	marriage 0.25	offer 0.25
dạn	bold 0.3333	daring 0.3333	inured 0.3333
dạn_mặt	brazen 0.5	shameless 0.5
dạng	form 0.6667	shape 0.3333
dạng_thức	format 1
dạt	drift 0.5	driven 0.5
dạt_daò	overbrim 1
dảnh	rice 0.3333	seedling 0.3333	unit 0.3333
dấn	embart 0.3333	headlong 0.1667	plunge 0.1667	throw 0.3333
dấn_bước	quicker 0.3333	strive 0.3333	work 0.3333
dấn_vốn	capital 0.5	funds 0.5
dấp	wet 1
dấp_dính	closed 0.1667	drawling 0.3333	half 0.1667	slimily 0.1667	wet 0.1667
dầm	pickle 0.3333	soak 0.3333	steep 0.3333
dầm_dề	oozingly 0.25	soaked 0.5	wet 0.25
dần	beat 1
dần_dà	gradually 0.5	step 0.5
dần_dần	gradually 0.3333	little 0.6667
dẫn	conduct 0.3333	escort 0.1667	guide 0.3333	lead 0.1667
dẫn_chứng	adduce 0.25	bear 0.25	cite 0.25	quete 0.25
dẫn_cươí	conduct 0.25	direct 0.25	guide 0.25	lead 0.125	up 0.125
dẫn_dâù	come 0.25	foremost 0.25	lead 0.5
dẫn_dụ	advice 0.5	induce 0.5
dẫn_giaỉ	gloss 0.5	glosses 0.25	insert 0.25
dẫn_hoả	inflammable 1
dẫn_nhiệt	conduct 0.5	heat 0.5
dẫn_thuỷ_nhập_điền	irrigate 1
dẫn_xuất	derivative 1
dẫn_xác	face 0.25	show 0.5	up 0.25
dẫn_điện	conduct 0.5	electricity 0.5
dẫn_đâù	lead 0.5	march 0.25	van 0.25
dẫn_đô	extradite 1
dẫn_đường	show 0.5	way 0.5
dẫn_độ	extradict 0.5	extradition 0.5
dận	step 1
dập	bang 0.25	batter 0.25	bury 0.25	out 0.125	stam 0.125
dập_diù	flit 0.5	go 0.1667	great 0.1667	numbers 0.1667
dập_dềnh	bob 1
dập_tắt	out 0.5	stamp 0.5
dật	live 0.5	retirement 0.5
dật_dục	senmal 1
dật_sí	recluse 0.25	scholar 0.4167	secliding 0.1667	self 0.1667
dật_sĩ	retired 0.5	scholar 0.5
dật_sử	history 0.5	missing 0.5
dắt	guide 0.3333	lead 0.3333	tow 0.3333
dắt_bóng	dribble 1
dắt_diú	go 0.5	together 0.5
dắt_dẫn	guide 1
dắt_gaí	pander 1
dắt_muĩ	lead 0.5	nose 0.5
dằm	splinter 1
dằn	down 0.5	lay 0.25	slap 0.25
dằn_dôĩ	sulk 0.5	sulky 0.5
dằn_lòng	hold 1
dằn_mặt	forewarn 1
dằng	drag 0.25	out 0.25	pull 0.5
dằng_co	pull 1
dằng_dai	dragging 1
dằng_dặc	endless 0.5	interminable 0.5
dặm	colours 0.1111	mile 0.3333	paint 0.1111	road 0.3333	water 0.1111
dặm_hồng	road 0.5	rosy 0.5
dặm_khơi	long 0.3333	sea 0.3333	voyage 0.3333
dặm_liêũ	long 0.5	way 0.5
dặm_phần	back 0.3333	home 0.3333	road 0.3333
dặm_trường	long 0.25	longjourney 0.5	way 0.25
dặn	advise 0.5	recommend 0.5
dặn_baỏ	advise 0.3333	counsel 0.3333	recommendations 0.3333
dặng_hắng	hawk 1
dặt	gram 0.5	lightly 0.5
dẹp	quell 0.5	repress 0.5
dẹp_loạn	quell 0.5	revolt 0.5
dẹp_tan	crush 0.5	out 0.5
dẹt	flat 1
dẻ	chestrut 1
dẽ	curlew 0.5	lumpy 0.5
dẽ_dàng	courteous 0.5	gentle 0.5
dẽ_giun	snipe 1
dẽ_gà	woodcock 1
dẽ_tính	gentle 1
dế	cricket 1
dế_duĩ	cricket 0.5	mole 0.5
dế_truĩ	cricket 0.5	mole 0.5
dềnh	bounce 0.25	overflow 0.5	up 0.25
dềnh_dàng	big 0.5	cumbrously 0.5
dể_giận	passionate 1
dể_ngươi	disregard 1
dễ	easy 0.6667	facile 0.3333
dễ_baỏ	docile 0.5	obedient 0.5
dễ_bể	brittle 0.5	fragile 0.5
dễ_chiụ	agreeable 0.3333	comfortable 0.3333	cosy 0.3333
dễ_chừng	maybe 0.3333	possibly 0.3333	probably 0.3333
dễ_coi	agreeable 0.25	comely 0.5	see 0.25
dễ_daĩ	accommodating 0.5	easy 0.25	going 0.25
dễ_dàng	easy 0.6667	fluent 0.3333
dễ_ghét	abominable 0.5	execrable 0.5
dễ_gì	easy 0.5	sure 0.5
dễ_hiêủ	easy 0.5	understand 0.5
dễ_nghe	ears 0.125	palatable 0.25	pleasant 0.125	reasonalble 0.25	sensible 0.25
dễ_ngươi	easy 0.3333	little 0.1667	slight 0.3333	think 0.1667
dễ_sợ	awesome 0.2	disgusting 0.2	extremely 0.2	grim 0.2	repulsive 0.2
dễ_thương	agreeable 0.25	amiable 0.25	lovely 0.5
dễ_thường	possibly 0.5	probably 0.5
dễ_tính	complaisant 0.3333	easy 0.3333	going 0.1667	please 0.1667
dễ_ợt	easy 1
dệt	weave 1
dệt_gấm	brocade 1
dệt_kim	knitwear 1
dỉ	whisper 1
dị	odd 0.5	strange 0.5
dị_bản	variant 1
dị_chất	different 0.5	nature 0.5
dị_chủng	alien 0.25	foreign 0.25	race 0.5
dị_dưỡng	heterotrophic 1
dị_dạng	deformity 0.5	form 0.25	strange 0.25
dị_giaó	creed 0.25	heresy 0.5	heterodox 0.25
dị_hoá	catabolism 0.5	katabolism 0.5
dị_hình	heteromorphic 0.5	heteromorphism 0.5
dị_hướng	anisotropic 1
dị_kỳ	extraordinary 0.5	strange 0.5
dị_nghị	coutrary 0.25	objection 0.5	opinion 0.25
dị_nhân	extraordinary 0.5	man 0.5
dị_thường	abnormal 0.3333	extraordinary 0.3333	strange 0.3333
dị_tính_luyến_aí	heterosexual 1
dị_tướng	appearance 0.5	freakish 0.25	queer 0.25
dị_tật	malformation 1
dị_tộc	alien 0.4167	ethnic 0.1667	group 0.1667	race 0.25
dị_vật	body 0.25	extraneous 0.25	strange 0.25	thing 0.25
dị_đoan	superstition 1
dị_đồng	dissimilar 0.5	similar 0.5
dị_ứng	allergy 1
dịch	decode 0.1111	epidemic 0.05556	fluid 0.1111	interpret 0.1111	juice 0.05556	liquid 0.1111	translate 0.2222	translationary 0.1111	turn 0.1111
dịch_bản	translation 1
dịch_bệnh	disease 0.5	epidemic 0.5
dịch_chuyển_đỏ	redshift 1
dịch_giả	translator 1
dịch_giọng	transpose 1
dịch_hoàn	testicle 0.5	testis 0.5
dịch_hạch	bubonic 0.25	plague 0.75
dịch_mã	decode 0.5	decypher 0.5
dịch_thuật	translate 1
dịch_tả	cholera 1
dịch_tễ	epidemic 1
dịch_tễ_học	epimiology 1
dịch_vị	gastric 0.5	juice 0.5
dịch_vụ	service 1
dịch_âm	phonetically 0.5	transcribe 0.5
dịp	chance 0.3333	occasion 0.3333	opportunity 0.3333
dọc	along 0.25	beam 0.08333	lenghthwise 0.25	mangosteen 0.08333	stem 0.25	tonkin 0.08333
dọc_dưà	nose 0.5	straight 0.5
dọc_mùng	indian 0.5	taro 0.5
dọc_theo	aboard 1
dọc_đường	way 1
dọn	arrange 0.1429	clear 0.1429	lay 0.1429	move 0.1429	order 0.07143	put 0.07143	set 0.2143	up 0.07143
dọn_bàn	clear 0.5	table 0.5
dọn_dẹp	order 0.25	put 0.25	tidy 0.25	up 0.25
dọn_hàng	close 0.1667	display 0.1667	good 0.1667	install 0.1667	shop 0.1667	store 0.1667
dọn_sạch	bare 0.25	clean 0.25	strip 0.25	up 0.25
dọn_ăn	lay 0.5	table 0.5
dọn_đi	remove 1
dọn_đường	open 0.3333	path 0.3333	up 0.3333
dọng	back 1
dọp	flate 0.5	thin 0.5
dốc	dip 0.25	ineline 0.25	slope 0.25	sloping 0.25
dốc_chí	utmost 1
dốc_ngược	down 0.3333	turn 0.3333	upside 0.3333
dốc_tuí	empty 0.5	pocket 0.5
dốc_đứng	abrupt 1
dốc_ống	empty 0.5	purse 0.5
dốt	dull 0.1667	ignorant 0.3333	unlettered 0.3333	witted 0.1667
dốt_nát	crass 0.3333	dark 0.3333	dull 0.1667	writted 0.1667
dốt_đặc	completely 0.5	ignorant 0.5
dồn	accumulate 0.2	cram 0.2	drive 0.2	gather 0.2	stuff 0.2
dồn_dập	accumulate 1
dồn_nén	pen 0.5	repress 0.5
dỗ	coax 0.3333	comfort 0.3333	sooth 0.3333
dỗ_dành	coax 0.3333	listening 0.1667	obedience 0.1667	soothe 0.3333
dỗ_ngọt	beguile 0.3333	promises 0.3333	sweet 0.3333
dộng	bang 0.3333	batter 0.3333	bump 0.3333
dột	abuses 0.1667	chiefs 0.1667	come 0.1667	leak 0.5
dột_nát	dilapidated 1
dớ_dẩn	cretinous 0.5	silly 0.5
dớp	bad 0.1667	ill 0.1667	luck 0.3333	misfortune 0.3333
dớt	zeus 1
dờ	dee 1
dở	bad 0.2	completed 0.1	incapable 0.2	un 0.1	unfinished 0.2	unskillful 0.2
dở_chừng	half 0.3333	through 0.3333	way 0.3333
dở_dang	halfdone 0.3333	inconclusive 0.3333	uncompleted 0.1667	unfinished 0.1667
dở_hơi	cracked 0.5	oddish 0.5
dở_ngươì	cracked 1
dở_ra	evolve 1
dở_tay	engaged 0.5	work 0.5
dở_òm	bad 1
dởm	false 1
dỡ	dischage 0.1667	ship 0.1667	unload 0.3333	unroof 0.3333
dợ	small 0.5	string 0.5
dợn	ripple 1
dụ	entice 0.5	lure 0.5
dụ_dỗ	entice 0.5	seduce 0.5
dục	bring 0.25	rear 0.5	up 0.25
dục_anh_đường	che 0.5	cre 0.5
dục_năng	libido 1
dục_tình	passion 1
dục_vọng	desire 0.3333	lust 0.3333	passions 0.3333
dụm	assemble 0.25	group 0.25	huddle 0.25	up 0.25
dụng	employ 0.5	use 0.5
dụng_binh	army 0.25	conduct 0.5	war 0.25
dụng_công	pains 1
dụng_cụ	equiment 0.5	instrument 0.5
dụng_cụ_tính_toán	calculator 1
dụng_tâm	design 0.1667	intend 0.3333	intention 0.1667	mean 0.3333
dụng_võ	intend 1
dụng_ý	intend 1
dứ	tired 1
dức	reprove 1
dứng	bamboo 0.5	framing 0.5
dứt	cease 0.5	end 0.5
dứt_khoát	hand 0.3333	out 0.3333	settle 0.3333
dứt_tình	break 0.5	off 0.5
dứt_điểm	finish 0.1667	given 0.1667	moment 0.1667	score 0.5
dừng	halt 0.3333	standstill 0.3333	stop 0.3333
dừng_laị	come 0.1667	halt 0.5	stop 0.3333
dử	rheum 1
dử_laị	reserve 1
dửng_dưng	indifferent 1
dửng_mỡ	stirred 0.5	up 0.5
dữ	bad 0.25	fierce 0.25	unlucky 0.25	wocked 0.25
dữ_cách	case 0.5	dative 0.5
dữ_da	easily 0.3333	infected 0.3333	skin 0.3333
dữ_dôị	fierce 0.3333	formidable 0.3333	frightfully 0.1667	violent 0.1667
dữ_kiện	data 1
dữ_liêụ	data 1
dữ_liêụ_lớn	big 0.5	data 0.5
dữ_tợn	ferocious 0.5	violent 0.5
dữ_đòn	violent 1
dự	assist 0.3333	attend 0.3333	part 0.3333
dự_baó	forecast 1
dự_bị	prepare 0.2	probation 0.2	reserve 0.4	reservist 0.2
dự_chi	plan 0.5	spend 0.5
dự_khuyết	alternate 1
dự_kiến	anticipate 0.1	beforehand 0.05	calculation 0.1	expect 0.1	expectation 0.1	expected 0.1	foresee 0.1	planned 0.2	prepare 0.05	settlement 0.05	view 0.05
dự_luật	bill 0.25	draft 0.5	law 0.25
dự_mưu	premeditation 1
dự_phòng	against 0.25	provice 0.25	provide 0.5
dự_thaỏ	bill 0.1667	draft 0.6667	resolution 0.1667
dự_thu	estimate 0.3333	possible 0.3333	revenues 0.3333
dự_thính	attend 1
dự_thẩm	hold 0.25	inquirer 0.5	inquiry 0.25
dự_toán	advance 0.5	calculate 0.5
dự_trù	provide 1
dự_trữ	aside 0.125	lay 0.125	put 0.25	reserve 0.25	severve 0.25
dự_tính	beforehand 0.5	estimate 0.5
dự_án	draft 0.25	project 0.5	projects 0.25
dự_đoán	forecast 0.3333	predict 0.3333	prognosis 0.3333
dự_định	design 0.3333	plan 0.3333	project 0.3333
dự_ứng_lực	prestressed 1
dựng	erect 0.25	put 0.125	raise 0.25	set 0.125	up 0.25
dựng_lên	draw 1
dựng_xiên	hangover 1
dựng_đứng	fabricate 1
e	afraid 0.3333	e 0.3333	fear 0.3333
e_dè	fear 0.5	shy 0.5
e_lệ	bashful 0.3333	coy 0.3333	shy 0.3333
e_ngaị	flinch 0.5	shy 0.5
e_rằng	afraid 1
e_sợ	apprehend 1
e_thẹn	different 0.5	shy 0.5
ecuador	ecuador 1
edmonton	edmonton 1
em	brother 0.1429	em 0.07143	i 0.07143	me 0.07143	much 0.03571	sister 0.1429	small 0.07143	smaller 0.07143	thank 0.03571	thou 0.07143	you 0.07143	younger 0.1429
em_bé	baby 1
em_chồng	brother 0.25	law 0.5	sister 0.25
em_dâu	law 0.5	sister 0.5
em_em	little 0.5	smaller 0.5
em_gaí	little 0.125	sister 0.625	younger 0.25
em_họ	cousin 1
em_mệt	i'm 0.5	tired 0.5
em_nuôi	adoptive 0.3333	brother 0.3333	younger 0.3333
em_rể	brother 0.5	law 0.5
em_thích_anh	like 1
em_trai	brother 0.6667	little 0.1667	younger 0.1667
em_vợ	brother 0.25	law 0.5	sister 0.25
em_yêu_anh	love 1
em_út	brother 0.125	greenhorn 0.25	sibling 0.125	sister 0.125	youngest 0.375
email	e 0.5	mail 0.5
emanh	you 1
en	en 1
ensteni	einsteinium 1
enzym	enzyme 1
eo	waist 1
eo_biển	channel 0.5	strait 0.5
eo_biển_bospho	bosphorus 1
eo_biển_bosporus	bosphorus 1
eo_biển_manche	channel 0.5	english 0.5
eo_biển_triêù_tiên	korea 0.5	strait 0.5
eo_biển_đaì_loan	strait 0.5	taiwan 0.5
eo_eó	shrill 1
eo_hẹp	narrow 0.25	scanty 0.25	tight 0.25	want 0.25
eo_lưng	waist 1
eo_seò	din 0.25	harp 0.25	raise 0.25	scold 0.25
eo_ôi	faugh 1
eo_đất	isthmus 1
eribi	erbium 1
espresso	espresso 1
estonia	estonia 1
etc	book 1
ethiopia	ethiopia 1
euro	euro 1
europi	europium 1
even_rude_or_insulting	name 0.5	what 0.25	what's 0.25
eò_eò	loudy 0.3333	peristingly 0.3333	scold 0.3333
eò_uột	sickly 1
eò_ọt	weakly 1
eó_biết	hell 0.5	what 0.5
eó_le	tricky 0.5	troublesome 0.5
eó_ẹt	groan 1
eó_ợt	affected 0.5	voice 0.5
eõ_ẹt	groan 1
eọ	bend 0.5	twist 0.5
eỏ_lả	puny 0.5	weakly 0.5
fax	fax 1
fecmi	fermium 1
flerovi	flerovium 1
flo	fluorine 1
fomanđêhít	formaldehyde 1
formal	name 0.5	what 0.25	what's 0.25
franc_thuỵ_sĩ	franc 0.5	swiss 0.5
franxi	francium 1
ga	accelerator 0.3333	gas 0.3333	railway 0.1667	station 0.1667
ga_ra	garage 1
ga_tô	cake 1
gai	flax 0.3333	offend 0.3333	shock 0.3333
gai_góc	difficulties 0.3333	prichly 0.3333	thorny 0.3333
gai_gốc	difficulty 0.3333	hurdle 0.3333	obstacle 0.3333
gai_mắt	unsightly 1
gai_ngạnh	obstinate 0.5	quarrelsome 0.5
gai_sốt	begin 0.3333	feel 0.3333	feverish 0.3333
gai_ốc	flesh 0.5	goose 0.5
gain	record 0.5	shorten 0.5
gali	gallium 1
gam	gamut 0.25	gram 0.25	gramme 0.25	scale 0.25
gan	brave 0.2	courageous 0.2	daring 0.2	liver 0.4
gan_beó	foie 0.5	gras 0.5
gan_bàn_chân	foot 0.5	sole 0.5
gan_bàn_tay	palm 1
gan_dạ	brave 0.5	dauntless 0.5
gan_góc	fearless 0.5	intrepid 0.5
gan_lì	calm 0.5	intrepidly 0.5
gan_ngỗng_beó	foie 0.5	gras 0.5
gang	cast 0.1667	iron 0.2778	pig 0.1111	preriod 0.1111	short 0.1111	span 0.1111	time 0.1111
gang_tay	distance 0.25	short 0.25	span 0.5
gang_thép	iron 0.5	ironlike 0.5
gang_tấc	distance 0.5	short 0.5
ganh	compete 0.5	vie 0.5
ganh_ghét	envy 0.5	jealous 0.5
ganh_gổ	bad 0.3333	compete 0.3333	intention 0.3333
ganh_tị	envy 1
ganh_đua	compete 0.3333	rival 0.3333	vie 0.3333
gay	gay 1
gay_cấn	thorny 0.5	ticklish 0.5
gay_go	keen 0.3333	severe 0.3333	tense 0.3333
gay_gắt	blazing 0.1	critical 0.2	heated 0.2	hot 0.1	severe 0.2	sharp 0.2
gaza	gaza 1
gaì	bolt 0.5	fasten 0.5
gaì_bâỹ	lay 0.25	set 0.25	smare 0.25	trap 0.25
gaì_cưả	bolt 0.5	door 0.5
gaí	girl 1
gaí_giang_hồ	demi 0.5	mondaine 0.5
gaí_goá	widow 1
gaí_làm_tiền	sex 0.5	worker 0.5
gaí_làng_chơi	oldest 0.3333	profession 0.3333	world's 0.3333
gaí_maị_dâm	prostitute 0.5	sex 0.25	worker 0.25
gaí_nhaỷ	dancer 0.25	dancing 0.25	girl 0.25	taxi 0.25
gaí_trinh	maiden 0.5	virgin 0.5
gaí_tơ	age 0.1667	girl 0.4167	under 0.1667	young 0.25
gaí_điếm	courtesan 0.2	prostitute 0.2	sex 0.1	whore 0.4	worker 0.1
gaí_đứng_đường	sex 0.5	worker 0.5
gaò	cry 0.25	out 0.25	shout 0.5
gaò_thét	scream 1
gaó	dipper 1
gaù	bail 0.1667	bailer 0.1667	bucket 0.1667	dandruff 0.3333	scurf 0.1667
gaù_ròng	bucket 0.3333	handle 0.3333	long 0.3333
gaý	chirp 0.1667	coo 0.1667	crom 0.1667	nape 0.1667	neck 0.08333	pape 0.1667	scauff 0.08333
gaý_sách	back 0.5	book 0.5
gađolini	gadolinium 1
gaĩ	scratch 1
gaọ	bombax 0.1429	grind 0.1429	raw 0.07143	rice 0.5	slave 0.1429
gaọ_dấm	rice 0.5	vinegar 0.5
gaọ_nếp	glutinous 0.25	rice 0.5	sticky 0.25
gaọ_tẻ	ordinary 0.5	rice 0.5
gaọ_đỏ	red 0.3333	rice 0.3333	yeast 0.3333
gaỵ	call 0.5	forth 0.5
gaỷ_đàn	twang 1
gaỹ	break 0.5	off 0.1667	snap 0.3333
gaỹ_đổ	collapse 0.5	fall 0.5
gdp	domestic 0.3333	gross 0.3333	product 0.3333
gecmani	germanium 1
geisha	geisha 1
gen	gene 1
ghe	boat 0.3333	junk 0.6667
ghe_chaì	fishing 0.5	junk 0.5
ghen	envious 0.5	jealous 0.5
ghen_ghét	begrudge 0.5	envy 0.5
ghen_ngược	jealous 0.5	nonsensically 0.5
ghen_tuông	jealous 1
ghen_tị	envy 1
ghen_tức	jaundiced 1
ghen_tỵ	envious 0.5	envy 0.5
gheọ	tease 1
ghi	down 0.08333	note 0.1667	put 0.08333	read 0.1667	record 0.1667	switch 0.1667	write 0.1667
ghi_chép	down 0.1667	memorize 0.3333	take 0.1667	to 0.1667	write 0.1667
ghi_cách_bấm_b	finger 1
ghi_công	cite 1
ghi_danh	register 1
ghi_lòng	engrave 0.5	heart 0.5
ghi_nhận	acknowledge 1
ghi_nhập	acknowledge 1
ghi_nhớ	deeply 0.1667	engrave 0.3333	impress 0.1667	memorize 0.3333
ghi_tạc	deeply 0.3333	engrave 0.3333	memory 0.3333
ghi_xuống	book 0.5	down 0.25	write 0.25
ghi_âm	record 1
ghi_ý	ideographic 1
ghim	enclose 0.25	fasten 0.25	pin 0.5
ghè	hit 0.3333	jaw 0.1667	small 0.1667	strike 0.3333
ghèn	rheum 1
ghé	drop 0.5	look 0.5
ghém	raw 0.5	vegetables 0.5
ghép	connect 0.3333	couple 0.3333	join 0.3333
ghép_cặp	bind 1
ghép_mộng	morties 1
ghép_đôi	bind 1
ghét	abominate 0.125	detest 0.125	dirt 0.125	dislike 0.25	filth 0.125	hate 0.25
ghét_bỏ	disgrace 1
ghét_cay_ghét_đắng	abhor 0.3333	abhorrent 0.3333	abominate 0.3333
ghét_mặt	abominate 0.5	cut 0.25	dead 0.25
ghê	gee 0.25	horribly 0.25	horror 0.25	terribly 0.25
ghê_gớm	formidable 0.25	frightful 0.25	horrible 0.25	terrible 0.25
ghê_ngươì	abhorent 0.5	repugnant 0.5
ghê_răng	edge 0.3333	set 0.3333	teeth 0.3333
ghê_rợn	horror 0.5	shudder 0.5
ghê_tởm	abhor 0.1667	abhorrent 0.1667	abominable 0.1667	abominate 0.1667	disgusting 0.1667	hideous 0.1667
ghì	hold 0.25	tight 0.25	tighten 0.5
ghìm	pull 1
ghẹ	crab 0.3333	expense 0.3333	sentinel 0.3333
ghẻ	itch 0.5	scabies 0.5
ghẻ_lạnh	frigid 0.5	indifferent 0.5
ghế	chair 0.3333	seat 0.3333	steam 0.1667	stir 0.1667
ghế_bành	armchair 0.5	aronchair 0.5
ghế_bố	bed 0.5	camp 0.25	canvas 0.25
ghế_chao	chair 0.5	rocking 0.5
ghế_daì	bench 1
ghế_dưạ	chair 1
ghế_ngưạ	bed 0.5	plank 0.5
ghế_điện	chair 0.5	electric 0.5
ghế_đâủ	stool 1
ghếch	lean 0.5	rest 0.5
ghềnh	fall 0.3333	waterfall 0.3333	whirlpool 0.3333
ghểnh	crane 1
ghệt	gaiters 1
gia	increase 1
gia_baỏ	heirloom 1
gia_biến	family 0.5	misfortune 0.25	mishap 0.25
gia_bộc	house 0.5	servant 0.5
gia_chính	affairs 0.1667	arts 0.1667	chores 0.1667	domestic 0.1667	household 0.3333
gia_chủ	ffamily 0.25	hhead 0.25	house 0.25	master 0.25
gia_công	endeavour 0.3333	process 0.3333	utmost 0.3333
gia_cư	abode 1
gia_cảnh	condition 0.25	family 0.5	situation 0.25
gia_cầm	domestic 0.25	fowls 0.25	poultry 0.5
gia_cố	consolidate 0.3333	reinfotce 0.3333	strengthen 0.3333
gia_dĩ	moreover 1
gia_dụng	family 0.5	ues 0.5
gia_giaó	breeding 0.25	education 0.25	family 0.5
gia_giảm	adjust 1
gia_huấn	education 0.5	family 0.5
gia_hương	land 0.25	native 0.5	place 0.25
gia_nghiã	chiayi 1
gia_nhập	accede 0.5	adhere 0.5
gia_nã_đaị	canada 1
gia_nô	house 0.5	servant 0.5
gia_pháp	customs 0.3333	family 0.3333	habits 0.3333
gia_phả	annals 0.5	family 0.5
gia_quyến	family 1
gia_súc	cattle 0.5	domestic 0.25	fowl 0.25
gia_sư	family 0.25	preceptor 0.25	tutor 0.5
gia_sản	estate 0.5	property 0.5
gia_sự	event 0.25	family 0.5	matter 0.25
gia_taì	legacy 0.5	patrimony 0.5
gia_thất	married 1
gia_thần	butler 0.3333	household 0.3333	mandarin's 0.3333
gia_tiên	ancestors 0.25	family 0.5	forbears 0.25
gia_truyền	ancestors 0.3333	down 0.3333	handed 0.3333
gia_tăng	increase 1
gia_tư	family 0.3333	private 0.3333	property 0.3333
gia_tố	affix 1
gia_tốc	acceleration 1
gia_tộc	family 1
gia_từ	mother 1
gia_vị	spice 1
gia_đaọ	ethics 0.25	family 0.4167	life 0.1667	way 0.1667
gia_đinh	family 1
gia_đình	family 0.25	home 0.25	househole 0.25	people 0.25
gia_đình_trị	nepotism 1
gia_đồng	housebay 0.5	page 0.5
gia_ơn	favours 0.5	grant 0.5
giacóp	jacob 1
giacôbe	jacob 1
giacôbê	jacob 1
giacơ	jacob 1
giai_cấp	class 0.5	grade 0.5
giai_cấp_công_nhân	class 0.5	working 0.5
giai_cấp_vô_sản	class 0.5	working 0.5
giai_mộc_tư	jiamusi 1
giai_nhân	beautiful 0.25	exquisite 0.25	girl 0.25	woman 0.25
giai_phẩm	art 0.3333	fine 0.3333	work 0.3333
giai_thoaị	anecdote 1
giai_tầng	section 0.1667	segment 0.1667	social 0.5	stratum 0.1667
giai_vị	delicacy 0.5	relish 0.5
giai_âm	good 0.5	news 0.5
giai_điêụ	melody 1
giai_đoạn	period 0.3333	phase 0.3333	stage 0.3333
giam	confine 0.3333	detain 0.3333	imprison 0.3333
giam_cưú	custody 0.3333	interrogation 0.3333	keep 0.3333
giam_cầm	cell 0.1667	confinement 0.25	keep 0.1667	place 0.25	prison 0.1667
giam_giữ	detain 0.5	keep 0.25	prison 0.25
giam_hãm	confine 0.5	constraint 0.1667	keep 0.1667	under 0.1667
giam_lỏng	keep 0.3333	under 0.3333	vurvveillannce 0.3333
gian	apartment 0.1667	compartment 0.1667	dishonest 0.1667	disloyal 0.1667	room 0.1667	tricky 0.1667
gian_dâm	adulterous 1
gian_dôí	deceitful 0.5	false 0.5
gian_giaỏ	designing 0.5	shifty 0.5
gian_hiểm	dishonest 0.25	perfidious 0.5	wicked 0.25
gian_hàng	pavilion 0.3333	stall 0.3333	stand 0.3333
gian_hùng	machiavellian 1
gian_khổ	arduous 0.5	hardship 0.5
gian_lao	gruelling 0.5	hard 0.5
gian_lâụ	clandestine 0.5	fraudulently 0.5
gian_lận	cheating 1
gian_nan	hard 0.5	miserably 0.5
gian_thần	courtier 0.25	dishonest 0.5	mandarin 0.25
gian_xaỏ	artful 0.3333	crafty 0.3333	designing 0.3333
gian_ác	cruel 0.5	dishonest 0.5
gian_đốt	interphalangeal 1
giang	river 1
giang_biên	riverside 1
giang_hà	rivers 0.5	streams 0.5
giang_hồ	errant 1
giang_khê	brooks 0.5	rivers 0.5
giang_mai	syphilis 1
giang_môn	jiangmen 1
giang_sơn	country 0.5	land 0.5
giang_tân	place 0.3333	river 0.3333	watering 0.3333
giang_tây	jiangxi 1
giang_tô	jiangsu 1
giao	assign 0.25	deliver 0.25	entrust 0.25	hand 0.125	over 0.125
giao_binh	class 1
giao_bóng	serve 1
giao_chiến	exchange 0.5	fire 0.5
giao_câú	coitus 0.1667	copulate 0.1667	couple 0.1667	intercourse 0.1667	sex 0.1667	sexual 0.1667
giao_cảm	nerve 0.5	sympathetic 0.5
giao_cảnh	police 0.5	traffic 0.5
giao_du	entertain 0.1667	firends 0.5	friendly 0.1667	relations 0.1667
giao_dịch	deal 0.3333	exchange 0.3333	trade 0.3333
giao_haỏ	friendly 0.5	terms 0.5
giao_hiêú	exchange 0.5	visitors 0.5
giao_hoàn	back 0.5	return 0.5
giao_hoán	commute 0.25	exchange 0.25	interchange 0.25	swap 0.25
giao_hưũ	amicable 0.25	friendship 0.5	relations 0.25
giao_hưởng	symphony 1
giao_hẹn	conditionally 0.5	promise 0.5
giao_hợp	intercourse 0.5	sexual 0.5
giao_hợp_hâụ_môn	anal 0.5	sex 0.5
giao_keò	contract 1
giao_lưu	exchange 0.5	rellations 0.5
giao_nộp	deliver 1
giao_phó	commit 0.3333	confide 0.3333	entrust 0.3333
giao_phôí	copulate 0.3333	cross 0.3333	intercourse 0.1667	sexual 0.1667
giao_thiệp	contact 0.5	relations 0.5
giao_thoa	interfere 1
giao_thông	communicate 0.25	traffic 0.25	transport 0.25	transportation 0.25
giao_thông_công_cộng	public 0.5	transport 0.5
giao_thông_haò	communication 0.5	trench 0.5
giao_thơì	transition 0.5	transitional 0.5
giao_thưà	night 0.3333	time 0.3333	watch 0.3333
giao_tiếp	contact 0.5	touch 0.5
giao_tuyến	intersection 0.5	line 0.5
giao_tế	entertain 0.3333	foreign 0.3333	guests 0.3333
giao_tử	agree 0.25	gamete 0.5	multually 0.25
giao_đâú	compete 1
giaí_âm	good 0.5	news 0.5
giaò	brim 0.5	over 0.5
giaó	educate 0.25	lance 0.25	spear 0.25	teach 0.25
giaó_chủ	head 0.5	religion 0.5
giaó_chức	teacher 1
giaó_cụ	aids 0.5	teaching 0.5
giaó_dân	catholic 1
giaó_dục	bringing 0.125	education 0.5	educational 0.25	up 0.125
giaó_dục_học	pedagogics 0.5	pedagogy 0.5
giaó_giơí	circles 0.5	teaching 0.5
giaó_hoàng	pope 1
giaó_hoá	civillize 1
giaó_huấn	teach 1
giaó_hôị	church 0.5	congregation 0.5
giaó_hôị_công_giaó	catholic 0.5	church 0.5
giaó_hưũ	believer 0.25	co 0.25	fellow 0.25	religionist 0.25
giaó_học	primary 0.3333	school 0.3333	teacher 0.3333
giaó_khoa	study 0.5	subject 0.5
giaó_khu	diocese 1
giaó_mác	cold 0.5	steel 0.5
giaó_phaí	religious 0.5	sect 0.5
giaó_phận	diocese 1
giaó_sinh	student 0.5	teacher 0.5
giaó_sĩ	missionary 1
giaó_sư	professor 1
giaó_taì	documents 0.5	teaching 0.5
giaó_trình	course 0.3333	forming 0.3333	textbook 0.3333
giaó_viên	primary 0.08333	school 0.08333	teacher 0.5833	teachers 0.25
giaó_xứ	parish 1
giaó_án	syllabus 1
giaó_điêù	dogma 1
giaó_đâù	prelude 0.5	prologize 0.5
giaó_đường	church 0.5	palace 0.25	worship 0.25
giaó_đường_do_thaí	synagogue 1
giaó_đồ	believer 0.5	follower 0.5
giaù	rich 0.6667	wealthy 0.3333
giaù_có	rich 0.5	wealthy 0.5
giaù_sang	high 0.5	rich 0.5
giaù_sụ	rich 0.5	wealthy 0.5
giaĩ	known 0.5	open 0.5
giaĩ_baỳ	feelongs 0.5	know 0.5
giaĩ_giề	confidences 0.1667	heart 0.25	open 0.25	out 0.1667	pour 0.1667
giaỉ	answer 0.1667	award 0.1667	conduct 0.05556	deliver 0.1667	escort 0.05556	prize 0.1667	solve 0.1667	under 0.05556
giaỉ_binh	breakup 0.5	troops 0.5
giaỉ_buồn	melancholy 0.25	relieve 0.5	tedium 0.25
giaỉ_câú	meet 0.5	unexpectedly 0.5
giaỉ_cưú	deliver 0.3333	rescuse 0.3333	save 0.3333
giaỉ_giáp	arms 0.3333	down 0.3333	lay 0.3333
giaỉ_hoà	act 0.1667	marker 0.1667	mediate 0.25	peace 0.4167
giaỉ_khuây	comfort 0.5	solace 0.5
giaỉ_khát	drink 0.3333	ort 0.1667	refreshment 0.1667	solace 0.3333
giaỉ_lao	break 0.3333	breathing 0.1667	rest 0.3333	space 0.1667
giaỉ_lạm_phát	deflation 1
giaỉ_mã	decode 1
giaỉ_nghiã	elucidate 0.3333	explain 0.3333	interpret 0.3333
giaỉ_nghệ	leave 0.25	profession 0.25	retire 0.5
giaỉ_ngân	disburse 0.5	disbursement 0.5
giaỉ_ngũ	army 0.25	demobilized 0.5	discharged 0.25
giaỉ_nhiệm	free 0.5	functions 0.5
giaỉ_nhiệt	antipyretic 0.5	heat 0.25	relieving 0.25
giaỉ_oan	charge 0.3333	clear 0.3333	false 0.3333
giaỉ_phiền	relieve 0.5	sorrow 0.5
giaỉ_pháp	key 0.2	measure 0.2	solution 0.4	solutions 0.2
giaỉ_phâũ	dissect 0.5	operate 0.5
giaỉ_phâũ_học	anatomy 1
giaỉ_phâủ	dissect 0.3333	operate 0.3333	surgery 0.3333
giaỉ_phóng	emancipate 0.1429	free 0.2857	liberate 0.2857	liberation 0.1429	release 0.1429
giaỉ_phóng_mặt_bằng	clearance 0.6667	land 0.1667	site 0.1667
giaỉ_phóng_quân	army 0.5	liberation 0.5
giaỉ_quyết	disentangle 0.25	resolve 0.25	settle 0.25	solve 0.25
giaỉ_thoát	free 0.3333	release 0.3333	save 0.3333
giaỉ_thích	clarify 0.3333	explain 0.6667
giaỉ_thưởng	award 0.5	prize 0.5
giaỉ_thể	disband 0.5	disintegrate 0.5
giaỉ_toả	blockade 0.25	raise 0.25	release 0.5
giaỉ_trí	amuse 0.3333	entertainment 0.3333	relax 0.3333
giaỉ_trừ	ban 0.5	up 0.25	use 0.25
giaỉ_tán	break 0.1667	dismiss 0.3333	disperse 0.3333	up 0.1667
giaỉ_tán_đám_đông	dismiss 1
giaỉ_tích	analysis 0.5	analytics 0.5
giaỉ_vây	danger 0.1111	encirclement 0.1667	help 0.1111	out 0.1111	raise 0.3333	siege 0.1667
giaỉ_ách	deliver 0.5	misfortune 0.5
giaỉ_đáp	answer 0.25	clear 0.1667	queries 0.1667	questions 0.25	up 0.1667
giaỉ_độc	detoxicate 1
giaị	bamboo 0.5	screen 0.5
giaỏ	hang 1
giaỏ_hoạt	cunning 0.5	friendishly 0.5
giaỏ_quyệt	artful 0.5	deceitful 0.5
giaủ	pout 1
giaỳ	food 0.08333	shoe 0.5	trample 0.25	tread 0.08333	under 0.08333
giaỳ_bốt	boot 1
giaỳ_cao_cổ	boot 0.5	half 0.5
giaỳ_dép	foot 0.25	footwear 0.5	wear 0.25
giaỳ_vò	torment 0.5	worry 0.5
giaỳ_xeó	trample 1
giaỳ_ống	boot 1
giaỹ	strive 0.5	struggle 0.5
giaỹ_nâỷ	discontent 0.5	explode 0.5
gibraltar	gibraltar 1
gieo	sow 0.6667	spread 0.3333
gieo_câù	married 1
gieo_neo	hard 1
gieo_quẻ	cast 0.5	coins 0.5
gieo_rắc	disseminate 0.5	scatter 0.5
gieo_trồng	cultivate 0.5	plant 0.25	sow 0.25
gieo_vần	find 0.5	rhymes 0.5
gieó_giắt	melodious 1
gieọ	oblique 1
gieọ_giọ	askew 0.5	deformed 0.5
gifu	gifu 1
gin	gin 1
gio	ashes 1
gioan	john 1
gioan_baotixita	baptist 0.5	john 0.5
gioi	apple 0.4167	rose 0.4167	tree 0.1667
gion_giỏn	babbling 0.5	glib 0.5
giong	fast 0.25	hasten 0.5	run 0.25
giong_ruôỉ	away 0.3333	far 0.3333	travel 0.3333
gioì	maggot 1
gioỉ	fine 0.1667	good 0.3333	skilful 0.1667	skilled 0.1667	well 0.1667
gioị	dart 0.3333	flash 0.3333	shine 0.3333
giua	drawn 0.2778	hem 0.1667	stitch 0.1667	thred 0.1111	work 0.2778
giun	worm 1
giun_chỉ	filaria 1
giun_kim	pinworm 1
giun_móc	hookworm 1
giun_sán	parasitical 0.5	worms 0.5
giun_tròn	nematode 1
giun_tóc	hairworm 0.5	trichocephalus 0.5
giun_đuã	ascarid 1
giun_đất	earthworm 1
giun_đốt	annelid 1
giuse	joseph 1
giuã	file 1
giuì	awl 1
giuí	push 0.3333	slide 0.3333	slop 0.3333
giuđa	judas 1
giuđa_itcariốt	judas 1
giuị_mắt	eyes 0.5	rub 0.5
già	aged 0.25	old 0.5	senile 0.25
già_cả	elderly 0.5	old 0.25	venerably 0.25
già_cấc	old 0.3333	shrivelled 0.3333	up 0.3333
già_dặn	experienced 0.5	skilled 0.5
già_giang	cang 0.5	cangue 0.5
già_giận	incisive 0.25	mature 0.25	solid 0.25	trenchant 0.25
già_khọm	decrepit 0.5	old 0.5
già_lam	pagoda 1
già_laó	advanced 0.25	stricken 0.25	years 0.5
già_làng	patriarch 0.5	village 0.5
già_mồm	argumentative 0.5	verbosely 0.5
già_nua	aged 0.5	old 0.5
già_sọm	decrepit 0.5	old 0.5
già_tay	excess 0.25	firm 0.5	little 0.25
già_yêú	decrepit 0.5	feeble 0.25	old 0.25
già_đơì	life 0.5	whole 0.5
giàn	frame 0.75	work 0.25
giàn_giaó	scaffold 0.5	scaffolding 0.5
giàn_giuạ	overflow 0.5	profusely 0.5
giàn_hoả	pyre 1
giàn_nhún	trampoline 1
giành	dispute 0.5	recure 0.5
giành_giật	dispute 0.5	scramble 0.5
giành_được	acquire 1
giá	bean 0.125	cost 0.25	price 0.5	sprouts 0.125
giá_biêủ	tariff 1
giá_buốt	biting 0.5	cold 0.5
giá_bán	price 0.5	selling 0.5
giá_bán_buôn	price 0.5	wholesale 0.5
giá_bán_lẻ	price 0.5	retail 0.5
giá_chợ_đen	black 0.3333	market 0.3333	price 0.3333
giá_cả	price 0.5	prices 0.5
giá_dụ	if 1
giá_mua	price 0.5	purchase 0.5
giá_phỏng	if 0.5	supposing 0.5
giá_sinh_hoạt	cost 0.5	living 0.5
giá_sách	bookshelf 1
giá_thành	cost 0.5	price 0.5
giá_thú	certificate 0.25	lines 0.25	marriage 0.5
giá_thị_trường	market 0.5	price 0.25	rate 0.25
giá_treo_cổ	gallows 0.6667	gibbet 0.3333
giá_trị	value 0.75	worth 0.25
giá_trị_kiểm_tra	checksum 1
giá_trị_tổng_kiểm	checksum 1
giá_vé	easel 1
giá_xử_giaỏ	gallows 1
giá_đắt_quá	expensive 0.3333	it's 0.3333	too 0.3333
giác	angle 0.25	cup 0.25	gon 0.25	horn 0.25
giác_mạc	cornea 1
giác_ngộ	alive 0.1667	come 0.1667	grow 0.1667	reason 0.1667	rouse 0.3333
giác_nút	sucker 1
giác_quan	organ 0.25	sence 0.5	sense 0.25
giác_thư	diplomatic 0.5	memorandum 0.5
giám_biên	linesman 1
giám_hiêụ	board 0.3333	managing 0.3333	school 0.3333
giám_hộ	guardian 0.5	monor 0.25	tuor 0.25
giám_khaỏ	examiner 1
giám_má	equerry 1
giám_mục	bishop 1
giám_ngục	jailer 0.5	warder 0.5
giám_quốc	president 1
giám_sinh	college 0.3333	state 0.3333	student 0.3333
giám_sát	monitor 0.2	oversee 0.2	supervise 0.4	supervision 0.2
giám_thị	proctor 0.5	superintendent 0.5
giám_định	appraise 0.3333	decide 0.1667	estimate 0.3333	examine 0.1667
giám_định_viên	expert 1
giám_đốc	director 0.5	manager 0.25	supervisor 0.25
giám_đốc_sở	department 0.5	director 0.5
gián	beetle 0.25	black 0.25	cockroach 0.5
gián_cách	intermittent 1
gián_hoặc	maybe 0.5	perhaps 0.5
gián_thu	indirect 0.5	taxes 0.5
gián_tiếp	indirect 1
gián_điệp	espionage 0.3333	spy 0.6667
gián_đoạn	discontinueed 0.5	interrupted 0.5
giáng	descend 0.5	lower 0.5
giáng_chỉ	decree 0.5	issue 0.5
giáng_chức	demote 0.5	lower 0.1667	position 0.1667	reduce 0.1667
giáng_cấp	demote 0.5	lower 0.1667	rank 0.1667	reduce 0.1667
giáng_hoạ	calamities 0.5	visit 0.5
giáng_hạ	come 0.25	descend 0.5	down 0.25
giáng_phàm	descend 0.5	earth 0.5
giáng_sinh	born 0.3333	christmas 0.3333	incarnate 0.3333
giáp	adjacent 0.25	bordering 0.25	cycle 0.08333	near 0.25	twelve 0.08333	years 0.08333
giáp_binh	armour 0.3333	clad 0.3333	solider 0.3333
giáp_công	battle 0.5	locked 0.5
giáp_giơí	border 0.6667	same 0.1667	share 0.1667
giáp_hạt	between 0.3333	crop 0.3333	period 0.3333
giáp_lá_cà	hand 1
giáp_mặt	face 1
giáp_ranh	bordering 0.3333	limitroph 0.3333	neighbouring 0.3333
giáp_sĩ	armour 0.1111	clad 0.1111	soldiers 0.1111	soldiery 0.3333	troops 0.3333
giáp_trạng	gland 0.5	thyroid 0.5
giáp_vụ	harvest 0.5	pre 0.5
giáp_xác	crustacean 1
giát	bed 0.5	plank 0.5
giát_lò	grate 1
giâm	raise 1
giâu_gia	baccaurea 1
giâu_gia_xoan	hog 0.5	plum 0.5
giây	moment 0.3333	second 0.6667
giây_giướng	involved 1
giây_lát	jiffy 0.3333	moment 0.3333	second 0.3333
giâù	betel 1
giâú	conceal 0.3333	dissimulate 0.1667	hidden 0.1667	hide 0.3333
giâú_giếm	conceal 0.5	hide 0.5
giâú_mình	hide 1
giâú_tiếng	conceal 0.5	hand 0.5
giâú_tên	incognito 1
giâý	paper 1
giâý_bao_goí	brown 0.5	paper 0.5
giâý_baó	newsprint 1
giâý_biên_lai	receipt 1
giâý_bôì	cardboard 0.5	pasteboard 0.5
giâý_bôỉ	coarse 0.5	paper 0.5
giâý_bướm	confetti 1
giâý_bạc	bank 0.1667	banknote 0.3333	hankbill 0.3333	note 0.1667
giâý_bản	paper 0.5	tissue 0.5
giâý_chặm	blotting 0.5	paper 0.5
giâý_chứng_chỉ	certificate 1
giâý_chứng_minh	card 0.5	indentity 0.5
giâý_chứng_nhận	certificate 0.5	credential 0.5
giâý_coí	papyrus 1
giâý_da	parchment 1
giâý_da_bê	vellum 1
giâý_dán_tường	wallpaper 1
giâý_dâù	oil 0.5	paper 0.5
giâý_giá_thú	certificate 0.5	marriage 0.5
giâý_hoa_tiên	flowered 0.3333	letter 0.3333	paper 0.3333
giâý_in	paper 0.5	printing 0.5
giâý_khai_sanh	birth 0.5	certificate 0.5
giâý_khai_sinh	birth 0.5	certificate 0.5
giâý_khai_tử	certificate 0.5	death 0.5
giâý_khen	commendation 1
giâý_kẻ_ô	checquered 0.5	paper 0.5
giâý_lọc	filter 0.5	paper 0.5
giâý_lộn	paper 0.5	waste 0.5
giâý_moi	inferior 0.3333	paper 0.3333	tissue 0.3333
giâý_má	documents 0.5	paper 0.5
giâý_mơì	invitation 1
giâý_nháp	drafting 0.5	paper 0.5
giâý_nến	paper 0.5	wax 0.5
giâý_phép	license 0.5	permit 0.5
giâý_phép_laí_xe	driver's 0.5	license 0.5
giâý_quyến	paper 0.3333	thin 0.3333	tissue 0.3333
giâý_quỳ	litmus 0.5	paper 0.5
giâý_ráp	emery 0.25	glass 0.25	paper 0.5
giâý_sáp	paper 0.25	stensil 0.5	wax 0.25
giâý_taù_bạch	china 0.5	paper 0.5
giâý_than	carbon 0.75	paper 0.25
giâý_thiếc	foil 0.5	tin 0.5
giâý_thông_hành	passport 1
giâý_thấm	blotting 0.5	paper 0.5
giâý_trang_kim	spangle 1
giâý_tín_chỉ	paper 0.5	stamped 0.5
giâý_tờ	documents 0.5	paper 0.5
giâý_viết_thư	letter 0.5	paper 0.5
giâý_vệ_sinh	paper 0.5	toilet 0.5
giâý_đi_đường	document 0.5	travel 0.5
giâý_đánh_maý	flimsy 0.25	paper 0.5	typing 0.25
giâý_ảnh	paper 0.25	photographic 0.25	photopaper 0.5
giâụ	fence 0.5	hedge 0.5
giâỷ	bribe 0.1	buy 0.1	clean 0.2	level 0.2	money 0.1	over 0.1	weed 0.2
giã	bray 0.25	crush 0.25	grind 0.25	neutralize 0.25
giã_từ	leave 1
giã_ơn	express 0.5	gratitude 0.5
giãn	relax 0.3333	slacken 0.3333	stretch 0.3333
gièm	disparage 0.5	vilify 0.5
gié	ear 0.5	rice 0.5
giê	gee 1
giêsu	jesus 1
giêũ	banter 0.3333	jest 0.3333	joke 0.3333
giêũ_cợt	fool 0.3333	ridicule 0.6667
giò	foot 0.25	leg 0.5	pie 0.25
giò_bì	paste 0.3333	pork 0.3333	skin 0.3333
giò_luạ	lean 0.3333	paste 0.3333	pork 0.3333
giò_thủ	head 0.3333	paste 0.3333	pig's 0.3333
giò_vàng	autommal 0.25	autummal 0.25	breeze 0.25	wind 0.25
giòn	brittle 0.3333	crispy 0.3333	fragide 0.3333
giòn_giã	resounding 1
giòn_tan	crisp 1
gió	air 0.3333	wind 0.6667
gió_baõ	cyclone 0.3333	hurricane 0.3333	windstorm 0.3333
gió_baỏ	windstorm 1
gió_buị	blowing 0.08333	downs 0.08333	dust 0.08333	full 0.08333	hard 0.25	troubled 0.25	ups 0.08333	wind 0.08333
gió_bấc	easterlly 0.3333	north 0.3333	wind 0.3333
gió_heo_may	autumnal 0.3333	breeze 0.3333	cold 0.3333
gió_luà	draught 1
gió_lốc	whirlwind 1
gió_maý	wind 1
gió_muà	monsoon 1
gió_mưa	bad 0.125	inclemency 0.25	misadventure 0.25	rain 0.125	weather 0.125	wind 0.125
gió_mặt_trơì	solar 0.5	wind 0.5
gió_nồm	south 0.5	wind 0.5
gió_trăng	amorous 0.25	erotic 0.25	moon 0.125	natural 0.125	scenery 0.125	wind 0.125
gió_xoaý	cyclone 1
gió_đông	breeze 0.3	easterly 0.1	spring 0.3	vernal 0.1	wind 0.2
gióc	plait 1
gión	pinch 1
gióng	bar 0.25	beatings 0.125	internode 0.25	prod 0.125	rail 0.25
gióng_giả	promise 0.3333	repeatedly 0.3333	somethinng 0.3333
gióng_một	word 1
giôn	john 1
giôì	burnish 0.5	polish 0.5
giôỉ	talauma 1
giôị	dash 0.3333	pour 0.6667
giúp	aid 0.1667	assist 0.3333	hand 0.1667	help 0.3333
giúp_ích	service 1
giúp_đỡ	help 1
giăm	bit 0.5	flat 0.5
giăm_baò	shavings 1
giăm_bông	ham 1
giăm_kèn	tongue 1
giăng	extend 0.2	john 0.2	spin 0.2	spread 0.2	stretch 0.2
giăng_lươí	net 0.5	spread 0.5
giũ	shake 1
giơ	raise 0.5	show 0.5
giơì_leo	shingles 1
giơí	circle 0.2	kingdom 0.2	set 0.4	world 0.2
giơí_chức	authrities 1
giơí_cách	case 0.5	locative 0.25	prepositional 0.25
giơí_giaỉ_trí	showbusiness 1
giơí_hạn	bound 0.3333	limit 0.3333	term 0.3333
giơí_hạn_tốc_độ	limit 0.5	speed 0.5
giơí_luật	abstinence 0.3333	buddhist 0.3333	discipline 0.3333
giơí_nghiêm	curfew 0.1667	impose 0.1667	law 0.2778	martial 0.2778	proclaim 0.1111
giơí_sát	forbid 0.5	killing 0.5
giơí_sắc	forbid 0.3333	intercourse 0.3333	sexual 0.3333
giơí_thiêụ	advertisement 0.2	introduce 0.4	introduction 0.2	present 0.2
giơí_trí_thức	intelligentsia 1
giơí_tuyến	demarcation 0.5	line 0.5
giơí_tuyến_quân_sự	demilitarized 0.5	zone 0.5
giơí_tính	gender 0.3333	sex 0.6667
giơí_tưủ	abstain 0.3333	alcoholoc 0.3333	drink 0.3333
giơí_từ	preposition 1
giơí_yên	abstain 0.1667	opium 0.3333	smoking 0.3333	up 0.1667
giưa	between 1
giưã	among 0.2	amongst 0.2	middle 0.4	midst 0.2
giưã_trưa	day 0.25	mid 0.25	noon 0.5
giưã_đốt	interphalangeal 1
giương	spread 1
giương_buồm	sails 0.5	spread 0.5
giương_vây	airs 0.25	put 0.25	show 0.25	strength 0.25
giường	bed 1
giạm	out 0.5	sound 0.5
giạng	spread 1
giạng_háng	straddle 1
giạng_ra	abduct 1
giạt	aside 0.25	mass 0.25	side 0.25	wash 0.25
giả	artificial 0.1667	fake 0.1667	false 0.1667	feign 0.1667	forged 0.1667	pretend 0.1667
giả_bộ	affect 0.3333	pretend 0.3333	sham 0.3333
giả_câỳ	pidgin 1
giả_da	imitation 0.5	leather 0.5
giả_danh	call 0.5	pose 0.5
giả_dôí	deceitful 0.5	false 0.5
giả_dạng	disguise 0.5	pretend 0.3333	wear 0.1667
giả_dụ	suppose 1
giả_hiêụ	false 0.5	imitation 0.25	sham 0.25
giả_maọ	fake 0.3333	falsify 0.3333	forge 0.3333
giả_ngơ	blind 0.3333	eye 0.3333	turn 0.3333
giả_sử	suppose 0.5	supposing 0.5
giả_taọ	affected 1
giả_thiết	suppose 0.5	supposition 0.5
giả_thuyết	hyppothesis 0.5	supposition 0.5
giả_thác	excuses 0.5	invented 0.5
giả_trang	disguise 1
giả_trá	deceptive 0.5	false 0.5
giả_vờ	fein 0.5	pretend 0.5
giả_đaọ_đức	hypocritical 1
giả_định	assume 0.25	subjunctive 0.25	suppose 0.25	supposed 0.25
giảm	choke 0.125	decrease 0.25	down 0.125	fall 0.125	lessen 0.125	reduce 0.25
giảm_bớt	diminish 0.5	reduce 0.5
giảm_chấn	damper 1
giảm_ngheò	poverty 0.5	reduction 0.5
giảm_nhiễm	reducing 1
giảm_nhẹ	cut 0.25	down 0.25	lighten 0.5
giảm_sút	decline 0.5	decrease 0.5
giảm_thiêủ	diminish 0.5	minimize 0.5
giảm_thuế	reduce 0.5	taxes 0.5
giảm_thọ	bring 0.1667	death 0.1667	life 0.1667	nearer 0.1667	shorten 0.1667	span 0.1667
giảm_tôị	mitigate 0.5	penalty 0.5
giảm_tốc	down 0.25	reduce 0.25	slow 0.25	speed 0.25
giản_chính	easy 0.3333	plain 0.3333	simple 0.3333
giản_dị	easy 0.25	plain 0.25	simple 0.5
giản_hoá_từ	chinese 0.5	simplified 0.5
giản_lâụ	homely 0.25	homespun 0.5	plain 0.25
giản_lược	concise 0.5	summary 0.5
giản_thể_tự	chinese 0.5	simplified 0.5
giản_tiện	easy 0.5	practical 0.25	simple 0.25
giản_xương	feel 0.5	rested 0.5
giản_yêú	but 0.3333	complete 0.3333	summary 0.3333
giản_đơn	simple 0.5	uncomplicated 0.5
giản_đơn_hoá	simplify 1
giản_đồ	diagram 0.5	scheme 0.5
giản_ước	reduce 1
giảng	explain 0.25	expound 0.25	lecture 0.25	teach 0.25
giảng_daỵ	teach 1
giảng_giaỉ	clear 0.5	explain 0.5
giảng_hoà	ceasefire 0.25	negotiate 0.25	peace 0.5
giảng_nghiã	clear 0.25	explain 0.5	meaning 0.25
giảng_sư	professor 1
giảng_thuật	explain 0.5	present 0.5
giảng_viên	lecturer 0.25	teacher 0.5	university 0.25
giảng_đaì	ambo 0.5	pulpit 0.5
giảng_đàn	tribune 1
giảng_đường	auditorium 0.5	lecture 0.25	room 0.25
giảnh	prick 0.5	up 0.5
giấc	sleep 0.5	slumber 0.5
giấc_hoa	sleep 1
giấc_hoè	beautiful 0.5	dream 0.5
giấc_mơ	dream 1
giấc_mộng	dream 1
giấc_ngủ	sleep 1
giấc_nồng	just 0.25	sleep 0.5	sound 0.25
giấc_tiên	beautiful 0.3333	sleep 0.3333	woman's 0.3333
giấc_điệp	beautiful 0.25	dream 0.25	sleep 0.25	sound 0.25
giấm	vinegar 1
giấm_ghém	frugal 0.5	repast 0.5
giấm_giuí	sly 0.5	stealthily 0.5
giấm_mật	molasses 0.5	vinegar 0.5
giầm	paddle 1
giần_giật	quiver 1
giẫm	trample 0.5	tread 0.5
giẫm_đạp	trample 1
giậm	stamp 1
giậm_chân	foot 0.5	stamp 0.5
giậm_doạ	intimade 0.5	menace 0.5
giậm_giật	arounsed 0.1667	aroused 0.5	evveryonne 0.1667	feels 0.1667
giận	angry 1
giận_dôĩ	sulks 0.25	sulky 0.5	te 0.25
giận_dữ	anger 0.25	angry 0.25	envaged 0.25	furious 0.25
giận_thân	discontented 0.5	lot 0.5
giập	bruised 1
giập_giờn	flicker 1
giập_mật	hard 0.5	soundly 0.5
giật	pull 0.4	shock 0.3	snatch 0.2	win 0.1
giật_gân	sensational 1
giật_luì	back 0.5	move 0.5
giật_lưả	borrow 0.5	emergency 0.5
giật_mình	statr 1
giật_thót	startle 1
giắt	stick 1
giằm	splinter 1
giằn	down 0.3333	heavily 0.3333	put 0.3333
giằn_vặt	nag 0.5	torment 0.5
giằng	pull 1
giằng_co	pull 1
giằng_xé	snatch 0.25	tear 0.25	throat 0.5
giẵm	crush 0.3333	stamp 0.3333	trample 0.3333
giặc	invader 0.5	pirate 0.5
giặc_biển	pirate 1
giặc_cướp	robbers 0.5	thugs 0.5
giặc_giã	hostilities 0.5	war 0.5
giặm	good 0.5	up 0.5
giặt	wash 1
giặt_giũ	laundry 1
giặt_giạ	laundry 0.5	wash 0.5
giặt_gyạ	laundry 1
giặt_là	iron 0.25	press 0.25	wash 0.5
giặt_quần_aó	laundry 1
giẹp	fattened 0.5	flat 0.5
giẹp_lép	flat 1
giẻ	cloth 0.3333	clout 0.3333	rag 0.3333
giẻ_cuì	blue 0.25	green 0.25	magpie 0.5
giẻ_lau	clout 1
giẻ_rách	rag 1
giếng	well 1
giếng_khơi	deep 0.5	well 0.5
giết	butcher 0.1667	kill 0.3333	murder 0.3333	slaughter 0.1667
giết_chóc	kill 0.5	slaughter 0.5
giết_haị	kill 0.5	murder 0.5
giết_ngươì	homicide 0.5	murder 0.5
giết_thì_giờ	kill 0.5	time 0.5
giết_thơì_gian	kill 0.5	time 0.5
giết_thịt	slaughter 1
giền	amaranth 1
giềng	main 0.5	rope 0.5
giọng	accent 0.2	intonation 0.2	tone 0.4	voice 0.2
giọng_kim	oprano 1
giọng_lươĩ	lingo 0.5	tongue 0.5
giọng_nam_trung	baritone 1
giọng_noí	voice 1
giọng_nữ_trầm	contralto 1
giọng_thổ	hass 1
giọng_điêụ	tone 0.5	tongue 0.5
giọt	drop 1
giọt_châu	drops 0.25	tear 0.25	tears 0.5
giọt_lệ	tear 1
giọt_maú	blood 0.5	drop 0.5
giọt_mưa	raindrop 1
giọt_nhỏ	droplet 1
giọt_nước	drop 0.5	water 0.5
giọt_sành	grasshoper 0.3333	horned 0.3333	long 0.3333
giọt_sương	dewdrop 1
giỏ	basket 1
giỏng	raise 1
giỏng_tai	ears 0.3333	prick 0.3333	up 0.3333
giống	breed 0.125	gender 0.25	kind 0.125	like 0.0625	look 0.0625	race 0.125	resemble 0.125	sex 0.125
giống_caí	feminine 1
giống_chó_su	chow 1
giống_hệt	like 0.3333	peas 0.3333	two 0.3333
giống_loaì	specimen 1
giống_má	seeds 1
giống_ngươì	human 0.5	race 0.5
giống_nhau	same 1
giống_như_vâỵ	same 1
giống_noì	race 1
giống_đực	masculine 1
giồ	forward 0.5	rush 0.5
giồng	grow 0.5	plant 0.5
giỗ	anniversary 0.5	death 0.5
giỗ_hết	mind 0.3333	second 0.3333	year's 0.3333
giỗ_đâù	mind 0.5	year's 0.5
giộ	intimidate 1
giộp	blister 1
giờ	hour 0.6667	time 0.3333
giờ_cao_điểm	hour 0.5	peak 0.5
giờ_chót	last 0.25	latest 0.5	moments 0.25
giờ_giấc	hours 0.5	time 0.5
giờ_hồn	beware 0.25	mind 0.25	what 0.5
giờ_làm_thêm	overtime 1
giờ_lâu	long 0.5	while 0.5
giờ_phút	moment 1
giờ_rãnh	spare 0.5	time 0.5
giờ_đây	now 0.5	present 0.5
giờn	wander 1
giở	make 0.25	open 0.25	pull 0.25	unfold 0.25
giở_gioí	complicate 0.5	matters 0.5
giởn_tóc_gaý	end 0.5	stand 0.5
giỡn	joke 0.3333	play 0.3333	tease 0.3333
giữ	abide 0.125	guard 0.125	hold 0.25	keep 0.25	maintain 0.125	retain 0.125
giữ_chặt	grip 1
giữ_chỗ	book 0.5	seats 0.5
giữ_kín	hide 0.5	keep 0.25	secret 0.25
giữ_kẽ	caution 0.1667	excessive 0.1667	overcautious 0.5	show 0.1667
giữ_laị	circulation 0.25	detain 0.5	stop 0.25
giữ_lơì	keep 0.5	words 0.5
giữ_lễ	etiquette 0.5	observe 0.5
giữ_miếng	guard 0.5	stand 0.5
giữ_miệng	cautious 0.25	hold 0.25	tongue 0.25	words 0.25
giữ_phép	duty 0.5	observe 0.5
giữ_rịt	hold 0.25	keep 0.25	oast 0.25	selfishly 0.25
giữ_tiếng	cautious 0.25	jealous 0.25	repulation 0.25	reputation 0.25
giữ_tiết	chastity 0.5	keep 0.5
giữ_toàn_quyền	all 0.3333	reserved 0.3333	rights 0.3333
giữ_trật_tự	maintan 0.5	order 0.5
giữ_trẻ	children 0.25	kindergarten 0.25	mind 0.25	work 0.25
giữ_vững	fast 0.5	hold 0.5
giữ_ý	thoughtful 1
giựt	jerk 0.3333	pull 0.3333	wrench 0.3333
giựt_mình	start 1
go	weft 0.5	woof 0.5
goa	goa 1
golf	golf 1
gom	collect 0.5	gather 0.5
gom_góp	save 0.5	up 0.5
gon	heap 0.25	sedge 0.5	up 0.25
goá	widowed 1
goá_buạ	widow 1
goí	bundle 0.2	pack 0.2	packet 0.2	parcel 0.3	up 0.1
goí_ghém	neatly 0.3333	nutshell 0.1667	put 0.1667	up 0.1667	wrap 0.1667
goòng	waggon 1
goị	call 0.5	hail 0.5
goị_cưả	door 0.5	knock 0.5
goị_hồn	necromancy 1
goị_là	form's 0.125	makeshift 0.25	perfunctorily 0.25	provisionally 0.25	sake 0.125
goị_lính	call 0.1667	draft 0.3333	mobilize 0.3333	up 0.1667
goị_món	order 1
goị_thâù	call 0.5	contractors 0.5
goị_điện	phone 0.5	telephone 0.5
goị_điện_thoaị	call 0.125	phone 0.25	telephone 0.5	up 0.125
greenland	greenland 1
gruzia	georgia 1
gu	liking 0.5	taste 0.5
guinea	guinea 1
gujarat	gujarat 1
guyana	guyana 1
guyane_thuộc_pháp	french 0.5	guiana 0.5
guì	dosser 1
guốc	clog 0.25	shoe 0.25	wooden 0.5
guốc_chẳn	artiodactyl 1
guốc_lẻ	perissodactyl 1
guồng	machine 0.25	reel 0.5	reeling 0.25
guồng_maý	apparatus 0.5	machinery 0.5
gà	advice 0.1667	chicken 0.3333	cock 0.1667	fowl 0.1667	help 0.1667
gà_choị	cock 0.5	fighting 0.25	game 0.25
gà_giò	cockerel 1
gà_hay_trứng	chicken 0.3333	egg 0.3333	question 0.3333
gà_lôi	pheasant 1
gà_maí	hen 1
gà_maí_ghẹ	pullet 1
gà_mờ	dim 0.5	dull 0.25	witted 0.25
gà_rừng	cock 0.25	fowl 0.25	jungle 0.25	wood 0.25
gà_thiến	capon 1
gà_trống	cock 0.5	rooster 0.5
gà_tây	turkey 0.8333	wild 0.1667
gà_vẹt	poultry 1
gà_đồng	frog 1
gàn	hinder 0.5	impede 0.5
gá	pawn 0.5	pledge 0.5
gác	attic 0.1429	forget 0.1429	guard 0.1429	hole 0.07143	keep 0.1429	pigeon 0.07143	put 0.1429	set 0.1429
gác_bỏ	away 0.25	put 0.25	up 0.5
gác_chuông	bell 0.1667	churchtower 0.3333	steeple 0.3333	tower 0.1667
gác_dan	guardian 0.5	watchman 0.5
gác_lửng	mezzanine 1
gác_xép	annic 0.5	garret 0.5
gán	foist 1
gánh	bear 0.125	carry 0.25	charge 0.125	load 0.25	shoulder 0.25
gánh_hát	company 0.25	theatre 0.25	troupe 0.5
gân	nerve 0.25	sinew 0.25	tendon 0.25	vein 0.25
gân_cốt	bones 0.5	tendons 0.5
gân_guốc	rugged 1
gâu_gâu	bow 0.3333	woof 0.3333	wow 0.3333
gây	cause 0.25	create 0.25	excite 0.25	quarrel 0.25
gây_chiến	provoke 0.1667	war 0.1667	warlike 0.3333	warmonger 0.3333
gây_chuyện	pick 0.25	quarrel 0.25	quarrelsome 0.5
gây_dựng	establish 0.5	found 0.5
gây_gâý	feel 0.5	feverish 0.5
gây_gổ	quarrelsome 1
gây_hấn	hostilities 0.25	provoke 0.5	war 0.25
gây_lên	awake 1
gây_lộn	argument 0.25	pick 0.1667	quarrel 0.1667	start 0.25	up 0.1667
gây_mê	anaesthetize 1
gây_nhiêũ	jam 1
gây_nợ	debt 0.5	run 0.5
gây_quỹ	fundraising 1
gây_rôí	pertuebative 1
gây_sự	guarrel 0.5	pick 0.5
gây_thù	create 0.5	enemies 0.5
gây_ấn_tượng	register 1
gâù	dandruff 0.5	scurf 0.5
gâú	bear 0.5	hem 0.25	turn 0.125	up 0.125
gâú_chó	bear 0.5	malayan 0.25	sun 0.25
gâú_chó_soí	cub 0.5	wolf 0.5
gâú_con	bear 0.5	cub 0.5
gâú_koala	koala 1
gâú_meò	panda 1
gâú_meò_mỹ	raccoon 1
gâú_ngưạ	bear 0.5	tibetan 0.5
gâú_nâu	bear 0.5	brown 0.5
gâú_trúc_lớn	giant 0.5	panda 0.5
gâú_trúc_mỹ	raccoon 1
gâú_trắng_bắc_cực	bear 0.5	polar 0.5
gâý_sốt	feel 0.5	feverish 0.5
gâũ	aimless 0.5	idle 0.5
gâỳ	gaunt 0.2	skinny 0.2	spare 0.2	thin 0.4
gâỳ_còm	slim 1
gâỳ_guộc	boned 0.25	bony 0.5	raw 0.25
gâỳ_gò	thin 1
gâỳ_mòn	degrees 0.1667	fesh 0.1667	lose 0.1667	wasting 0.5
gâỳ_nhom	lath 0.5	thin 0.5
gâỳ_yêú	sickly 1
gâỳ_đét	scraggy 1
gâỵ	cane 0.3333	staff 0.3333	stick 0.3333
gâỵ_gộc	canes 0.5	sticks 0.5
gâỵ_taỳ	quarterstaff 1
gã	bloke 0.5	chap 0.5
gã_đâù_trọc	skinhead 1
gì	something 0.25	what 0.5	whatever 0.25
gìn	keep 0.5	preserve 0.5
gìn_giữ	care 0.5	conserve 0.5
gí	mark 0.25	press 0.5	undyed 0.25
gò	bend 0.25	curve 0.25	knoll 0.25	mound 0.25
gò_bó	affected 1
gò_má	bone 0.5	cheek 0.5
gò_ép	constrain 1
gò_đống	hills 0.5	mounds 0.5
gòn	cotton 0.25	kapok 0.5	wool 0.25
góc	alternate 0.08333	angle 0.4167	corner 0.5
góc_cạnh	aspects 1
góc_phương_vị	azimuth 1
góc_so_le	alternate 0.5	angles 0.5
góc_tư	quadrant 0.5	quater 0.5
góp	collect 0.5	contribute 0.5
góp_chuyện	conversation 0.5	join 0.5
góp_mặt	attend 0.5	bit 0.5
góp_nhặt	adds 0.1667	collect 0.1667	ends 0.1667	pick 0.25	up 0.25
góp_phần	part 0.5	participate 0.5
góp_sức	contribute 0.5	hands 0.5
góp_ý	advise 0.25	offer 0.25	suggestions 0.5
gót	heel 1
gót_chân	heel 1
gót_giaỳ	heel 1
gót_ngọc	majectic 0.5	step 0.5
gót_sen	feel 0.5	graceful 0.5
gót_son	frail 0.5	heels 0.5
gót_sắt	heel 0.5	iron 0.5
gót_tiền	dainty 0.25	fairy 0.25	feet 0.5
gô	fast 0.25	pinion 0.5	tie 0.25
gôm	eraser 1
gôn	goal 1
gông	cang 0.25	cangue 0.5	stocks 0.25
gông_cùm	cangue 0.125	chain 0.25	deprive 0.125	freedom 0.125	slavery 0.25	stocks 0.125
gôì	fan 0.5	palm 0.5
gôí	cushion 0.1667	knee 0.1667	pillow 0.6667
gôí_loan	bridal 0.25	oair's 0.1667	pillows 0.4167	wedded 0.1667
gôí_vụ	crop 0.3333	grow 0.3333	overlaping 0.3333
gôí_xếp	folding 0.5	pillow 0.5
gôí_điệp	beautiful 0.5	dream 0.5
gôị	wash 1
gõ	chime 0.1429	drum 0.1429	key 0.1429	knock 0.2857	strike 0.1429	type 0.1429
gõ_kiến	woodpecker 1
gù	coo 1
gù_lưng	backed 0.5	hump 0.25	hunch 0.25
gùn	lump 0.5	small 0.5
gút	knot 1
găm	fasten 0.25	pin 0.75
găng	boxing 0.125	glove 0.25	gloves 0.125	tant 0.25	tense 0.25
găng_tay	glove 1
gơ	nurse 0.5	strain 0.5
gơỉ	consign 0.25	deposit 0.25	lodge 0.25	send 0.25
gơỉ_gắm	recommend 1
gơỉ_tiếp	forward 1
gơị	awake 0.2	evoke 0.2	excite 0.2	revive 0.2	rouse 0.2
gơị_cảm	horny 0.5	suggestive 0.5
gơị_laị	reminisce 1
gơị_tình	horny 1
gơị_ý	suggest 1
gươm	sword 1
gương	glass 0.375	looking 0.125	mirror 0.5
gương_lôì	convex 0.5	mirror 0.5
gương_lõm	concave 0.5	mirror 0.5
gương_mâũ	exemplary 1
gương_mặt	expression 0.25	face 0.25	look 0.5
gương_nga	lamp 0.1667	moon 0.3333	phoebe 0.3333	phoebe's 0.1667
gương_phẳng	mirror 0.5	plane 0.5
gương_sen	lotus 0.3333	pod 0.3333	seed 0.3333
gưỉ	give 0.125	lay 0.25	send 0.5	to 0.125
gưỉ_gắm	entrust 0.5	recommend 0.5
gưỉ_rể	laws 0.5	live 0.5
gưỉ_tiếp	forward 1
gườm	crowl 0.5	glower 0.5
gượm	stop 0.5	wait 0.25	while 0.25
gượng	efforts 0.1667	forced 0.1667	reluctantly 0.1667	strain 0.1667	strained 0.1667	unnatural 0.1667
gượng_dâỵ	pick 0.25	try 0.25	up 0.5
gượng_gaọ	forced 0.5	strained 0.5
gượng_nhẹ	gingerly 1
gượng_ép	forced 1
gạ	cajole 0.3333	coax 0.3333	fawn 0.3333
gạ_gẫm	approaches 0.5	pass 0.5
gạc	antlers 0.25	cross 0.125	crotch 0.25	fuck 0.25	out 0.125
gạch	brick 0.2857	cross 0.07143	delete 0.1429	line 0.1429	off 0.07143	out 0.07143	rule 0.1429	strike 0.07143
gạch_nôí	hyphen 1
gạch_sống	adobe 1
gạch_đít	underline 0.5	underscore 0.5
gạch_ống	brick 0.5	hollow 0.5
gạn_cặn	decant 1
gạn_hoỉ	press 0.5	questions 0.5
gạt	beguile 0.25	cheat 0.25	dupe 0.25	in 0.08333	take 0.08333	to 0.08333
gạt_bỏ	consider 0.1667	eliminate 0.3333	ignore 0.3333	refuse 0.1667
gạt_gẫm	cheat 0.5	swindle 0.5
gạt_lệ	dry 0.5	tears 0.5
gạt_tàn	ashtray 1
gạt_tàn_thuốc	ashtray 1
gả	daughter 0.1667	marriage 0.3333	marry 0.5
gấc	space 0.5	under 0.5
gấm	brocade 0.5	embroidered 0.25	silk 0.25
gấm_vóc	satin 0.5	silk 0.5
gấp	close 0.1667	fold 0.1667	hurry 0.1667	pressing 0.1667	shut 0.1667	urgent 0.1667
gấp_bôị	manyfold 0.5	multifold 0.5
gấp_gáp	pressing 0.5	urgent 0.5
gấp_khúc	broken 0.5	zigzag 0.5
gấp_ngaỳ	dead 0.3333	line 0.3333	nearing 0.3333
gấp_đôi	double 0.5	duplicative 0.5
gầm	roar 0.5	space 0.25	under 0.25
gầm_ghè	hackles 0.25	square 0.25	up 0.5
gầm_ghì	green 0.3333	imperial 0.3333	pigeon 0.3333
gầm_gừ	hackles 0.25	snort 0.5	up 0.25
gầm_thét	bawl 1
gầm_trơì	canopy 0.25	heavens 0.25	world 0.5
gần	aboard 0.08333	about 0.1667	adjacent 0.08333	almost 0.08333	by 0.08333	near 0.1667	nearby 0.08333	nearly 0.1667	next 0.08333
gần_bên	adjcent 0.5	neighbouring 0.5
gần_guĩ	close 0.5	lose 0.5
gần_gặn	close 0.5	near 0.5
gần_kề	close 0.5	hand 0.5
gần_như	almost 0.5	nearly 0.5
gần_phiá_bánh_laí	abaft 1
gần_xa	everywhere 0.5	far 0.25	near 0.25
gần_đây	nearby 0.3333	recent 0.3333	recently 0.3333
gần_đến	approach 1
gẫm	ponder 1
gập_ghềnh	bumpy 0.3333	rocky 0.3333	rough 0.3333
gật	nod 1
gật_đâù	nod 1
gắm_ghé	aim 0.5	designs 0.5
gắn	fasten 0.3333	glue 0.3333	stick 0.3333
gắn_bó	become 0.5	fond 0.5
gắn_liền	built 0.25	closely 0.125	connect 0.125	go 0.25	related 0.25
gắn_xi	seal 1
gắng	endeavour 0.3333	strive 0.3333	try 0.3333
gắng_công	best 0.5	llevel 0.5
gắng_gượng	effort 0.5	unusual 0.5
gắng_sức	effort 0.5	every 0.5
gắp	chopsticks 0.3333	pick 0.3333	up 0.3333
gắp_thăm	cast 0.25	draw 0.25	lots 0.5
gắt	chide 0.1667	hard 0.1667	intense 0.1667	scold 0.1667	severe 0.1667	violent 0.1667
gắt_gao	harsh 0.3333	severe 0.3333	strict 0.3333
gắt_gỏng	bad 0.1667	churlish 0.3333	grouchy 0.3333	tempered 0.1667
gằm	hang 0.25	head 0.25	looks 0.1667	sullen 0.1667	wear 0.1667
gằn	muffled 1
gặm	gnaw 0.5	nibble 0.5
gặm_mòn	corrode 1
gặm_nhấm	rodent 1
gặng	closely 0.5	question 0.5
gặp	encounter 0.2	find 0.2	meet 0.4	see 0.2
gặp_dịp	favourable 0.3333	meet 0.3333	opportunity 0.3333
gặp_gỡ	meet 1
gặp_may	luck's 0.25	lucky 0.5	way 0.25
gặp_mặt	meet 0.5	see 0.5
gặp_nhau	meet 1
gặp_nạn	danger 1
gặp_phaỉ	meet 1
gặp_thơì	fortune 0.3333	good 0.3333	meet 0.3333
gặt	cut 0.3333	harvest 0.3333	reap 0.3333
gỉ	rust 0.5	rusty 0.5
gỉ_đồng	patina 0.5	verdigris 0.5
gọn	complete 0.25	entire 0.1667	neat 0.1667	tidy 0.1667	time 0.08333	whode 0.1667
gọn_ghé	pleasingly 0.5	tidy 0.5
gọn_gàng	clean 0.5	lembed 0.5
gọn_lỏn	snugly 1
gọn_mắt	attractively 0.5	tidy 0.5
gọng	frame 0.5	framework 0.5
gọng_kìm	handle 0.1667	jaw 0.1667	movement 0.1667	pincer 0.3333	pincers's 0.1667
gọt	peel 0.3333	sharpen 0.3333	whittle 0.3333
gọt_giuã	care 0.3333	great 0.3333	polish 0.3333
gốc	angle 0.25	birth 0.25	foot 0.25	origin 0.25
gốc_ghép	stock 1
gốc_gác	origin 1
gốc_phần	country 0.5	native 0.5
gốc_rễ	branch 0.1667	root 0.8333
gốc_tích	origin 1
gốc_tử	country 0.25	naative 0.25	parents 0.5
gốm	baked 0.1667	clay 0.1667	cotta 0.1667	pottery 0.3333	terra 0.1667
gồ	berant 0.25	prominent 0.5	protu 0.25
gồ_ghề	rough 0.5	uneven 0.5
gồm	comprise 0.3333	consist 0.3333	include 0.3333
gồng	invulnerable 1
gỗ	timber 0.1667	wood 0.8333
gỗ_anh_đaò	cherry 1
gỗ_bià	slab 1
gỗ_cây	rough 0.5	timber 0.5
gỗ_dác	alburnum 0.5	sap 0.25	wood 0.25
gỗ_dán	plywood 1
gỗ_súc	timber 1
gỗ_taó	apple 1
gộc	bamboo 0.1667	big 0.3333	stock 0.1667	stocky 0.3333
gộp	add 0.5	up 0.5
gộp_vaò	add 1
gột	clean 1
gột_rưả	out 0.5	wipe 0.5
gớm	disgusting 0.3333	horrible 0.3333	loathsome 0.3333
gớm_ghê	disgusting 0.3333	frightful 0.3333	horrible 0.3333
gớm_mặt	destest 0.5	hate 0.5
gờ	edge 0.5	gee 0.5
gờm	afraid 0.5	scared 0.5
gở	inauspicious 0.5	ominous 0.5
gỡ	disengage 0.25	pick 0.25	unravel 0.25	up 0.25
gỡ_mìn	clear 0.25	demine 0.5	mines 0.25
gỡ_nợ	clear 0.5	debts 0.5
gỡ_rôí	disembroil 0.5	disentangle 0.5
gỡ_tôị	exculpate 1
gỡ_xương	bone 1
gỡ_đâù	comb 0.3333	hair 0.3333	straight 0.3333
gợn	ripple 0.5	wavy 0.5
gợt	scum 0.5	skim 0.5
gụ	back 0.1111	brownish 0.1111	colour 0.1111	sindora 0.3333	tree 0.1667	wood 0.1667
gục	bend 0.5	down 0.5
gục_gặc	assent 0.5	nod 0.5
gừ	snarl 1
gừng	ginger 1
gừng_gió	ginger 0.5	shampoo 0.5
ha	exclamation 0.5	joy 0.5
ha_ha	aha 0.3333	haha 0.3333	haw 0.1667	hee 0.1667
hacker	hacker 1
hafini	hafnium 1
hagia_sophia	hagia 0.5	sophia 0.5
hai	double 0.25	second 0.25	two 0.5
hai_chấm	colon 1
hai_giờ	o'clock 0.5	two 0.5
hai_mang	double 1
hai_mươi	twenty 1
hai_mươì_mốt	twenty 1
hai_mặt	double 0.25	duplicity 0.5	faced 0.25
hai_thân	father 0.25	mother 0.25	parennts 0.5
hai_vợ_chồng	couple 0.5	married 0.5
haiti	haiti 1
halloween	halloween 1
ham	eager 0.3333	greedy 0.3333	keen 0.3333
ham_chuộng	amateur 1
ham_muốn	cover 0.5	desire 0.5
ham_mê	fond 0.5	passionately 0.5
ham_thích	fond 1
hambua	hamburger 1
han	verdigris 1
hang	burrow 0.2	cave 0.4	den 0.2	hole 0.2
hang_hùm	dangerous 0.25	den 0.25	place 0.25	tiger's 0.25
hang_hốc	burrows 0.5	holes 0.5
hang_động	cave 0.5	grotto 0.5
hang_ổ	den 0.5	lair 0.5
hanh	dry 0.5	hot 0.5
hanh_thông	easy 0.5	flowing 0.5
hao	waste 1
hao_hụt	diminish 0.5	loss 0.1667	some 0.1667	undergo 0.1667
hao_mòn	out 0.5	worn 0.5
hao_phí	waste 1
hao_taì	becostly 0.5	dwindle 0.25	money 0.25
hao_tổn	money 0.1667	much 0.1667	spend 0.1667	waste 0.5
hard_rock	hard 0.5	rock 0.5
harvard	harvard 1
haryana	haryana 1
hasit	hashish 1
hay	come 0.05	good 0.1	grad 0.1	hear 0.1	interesting 0.1	know 0.05	lear 0.1	often 0.1	or 0.1	well 0.2
hay_biết	know 1
hay_chữ	learned 0.3333	read 0.1667	schlarly 0.3333	well 0.1667
hay_dở	bad 0.5	good 0.5
hay_giúp_đỡ	helpful 1
hay_ho	nice 1
hay_hớm	nice 1
hay_là	hay 0.5	or 0.5
hay_làm	diligent 0.3333	hard 0.1667	industrious 0.3333	working 0.1667
hay_lây	contagious 1
hay_nhỉ	enough 0.5	strangely 0.5
hay_quên	oblivious 1
hay_sao	isn't 1
hay_đâu	expect 1
haì	bones 0.1111	infant 0.1111	remains 0.3333	shoe 0.3333	shoes 0.1111
haì_cốt	bones 0.5	remains 0.5
haì_hoà	harmonious 1
haì_hước	comic 0.5	humorous 0.5
haì_kịch	comedy 1
haì_lòng	satisfied 1
haì_nhi	born 0.3333	infant 0.3333	newly 0.3333
haì_đàm	hamour 1
haì_đồng	baby 0.5	infant 0.5
haí	gather 0.5	pluck 0.5
haò	dike 0.1667	dime 0.1667	ditch 0.1667	hao 0.1667	moat 0.1667	trench 0.1667
haò_hiệp	chivalrous 0.5	galant 0.5
haò_hiệp_viển_vông	quixotic 1
haò_hoa	generous 0.5	liberal 0.5
haò_hùng	magnanimous 1
haò_hứng	elated 0.25	enthusiastic 0.1667	feel 0.4167	highly 0.1667
haò_khí	magnanimity 0.5	spirit 0.5
haò_kiệt	hero 1
haò_luỹ	bastions 0.25	defence 0.25	moat 0.25	work 0.25
haò_mục	influential 0.1667	local 0.1667	notable 0.25	person 0.1667	village 0.25
haò_nhoáng	gandy 0.3333	showy 0.3333	tandy 0.3333
haò_phóng	handed 0.5	open 0.5
haò_phú	influential 0.5	rich 0.5
haò_quang	halo 0.5	nimbus 0.5
haò_ván	cent 0.3333	coin 0.3333	twenty 0.3333
haó	eager 0.5	greedy 0.5
haó_hức	enthusiatic 1
haó_khí	aerobic 1
haõ	emply 0.5	vain 0.5
haõ_huyền	fantastic 0.5	impracticable 0.5
haù	oyster 1
haú	always 0.5	iaiet 0.5
haý	askance 0.25	black 0.25	look 0.5
haĩ	afraid 0.25	dread 0.25	fear 0.5
haĩ_hùng	fearful 0.5	frightening 0.5
haỉ	ocean 0.3333	sea 0.6667
haỉ_chiến	naval 1
haỉ_câủ	dog 0.1667	fur 0.1667	sea 0.1667	seal 0.5
haỉ_cảng	harbour 0.6667	port 0.3333
haỉ_dương_học	oceanography 1
haỉ_hà	generosity 0.3333	river 0.3333	sea 0.3333
haỉ_khâủ	estuary 0.5	haikou 0.5
haỉ_ly	beaver 1
haỉ_lí	mile 0.5	nautical 0.5
haỉ_lý	mile 0.5	nautical 0.5
haỉ_lưu	current 0.5	sea 0.5
haỉ_lục_không_quân	air 0.1667	forces 0.1667	ground 0.1667	navvy 0.5
haỉ_miên	sponge 1
haỉ_mã	horse 0.5	sea 0.5
haỉ_mả	horse 0.5	sea 0.5
haỉ_nam	hainan 1
haỉ_ngoaị	country 0.1667	foreign 0.1667	oversea 0.3333	overseas 0.3333
haỉ_ngạn	coast 0.1667	sea 0.1667	seashore 0.3333	seaside 0.3333
haỉ_phận	territorial 0.5	waters 0.5
haỉ_quan	custom 0.5	house 0.5
haỉ_quân	forces 0.1667	naval 0.1667	navy 0.6667
haỉ_quân_lục_chiến	corps 0.25	marines 0.5	martne 0.25
haỉ_quỳ	actinia 0.5	anemone 0.25	sea 0.25
haỉ_sâm	cucumber 0.25	holothurian 0.5	sea 0.25
haỉ_sản	product 0.5	sea 0.5
haỉ_triêù	tide 1
haỉ_tặc	pirate 1
haỉ_vẫn	maritime 0.25	seal 0.25	tranport 0.25	transport 0.25
haỉ_vị	food 0.5	sea 0.5
haỉ_yến	salangane 1
haỉ_âu	gull 0.3333	seagull 0.3333	seamen 0.3333
haỉ_đaọ	route 0.5	sea 0.5
haỉ_đaỏ	island 1
haỉ_đăng	lighthouse 1
haỉ_đường	amplexicaul 0.5	tea 0.5
haị	damaging 0.25	deleterious 0.25	harmful 0.25	hurtful 0.25
haọ_nhiên	straight 0.5	upright 0.5
haỏ	beautiful 0.3333	good 0.3333	kind 0.3333
haỏ_hán	brave 0.5	courageous 0.25	man 0.25
haỏ_hạng	class 0.1667	grade 0.1667	high 0.5	rate 0.1667
haỏ_tâm	heart 0.25	kind 0.25	kindness 0.5
haỏ_ý	good 0.5	intention 0.5
haỹ	let 0.2	let's 0.4	still 0.2	yet 0.2
haỹ_còn	now 0.25	still 0.5	up 0.25
haỹ_ngôì_xuống	down 0.3333	please 0.3333	sit 0.3333
haỹ_đi	go 0.5	let's 0.5
he	carp 0.3333	family 0.3333	fish 0.3333
hectomet	hectometre 1
heli	helium 1
hemoglobin	hemoglobin 1
hen	asthama 1
hen_suyễn	asthma 1
heo	hog 0.25	pig 0.5	swine 0.25
heo_hút	out 0.25	solitary 0.5	way 0.25
heo_hắt	desolate 1
heo_naí	breeding 0.3333	raised 0.3333	sow 0.3333
heo_quay	pork 0.5	roast 0.5
heo_voì	cane 0.5	raphis 0.5
herod	herod 1
hertz	hertz 1
hezbollah	hezbollah 1
heò	cudgel 1
heó	dead 0.3333	faded 0.3333	withered 0.3333
heó_hắt	fade 0.5	wither 0.5
heó_quắt	shrivel 1
heỏ_lánh	remote 0.3333	secluded 0.3333	solitary 0.3333
hi_hi	whimper 1
hia	boots 0.5	mandarin's 0.5
him_him	open 0.3333	unable 0.3333	wide 0.3333
hiragana	hiragana 1
hiu_hiu	lightly 0.25	puffing 0.25	whiffing 0.5
hiu_hắt	blow 0.5	gently 0.5
hiu_quạnh	deserted 0.5	lonely 0.5
hiên	parthouse 1
hiên_ngang	haughty 0.5	proud 0.5
hiêú	fond 0.2	have 0.1	like 0.2	mourning 0.2	pious 0.2	to 0.1
hiêú_chiến	bellicose 0.3333	combative 0.3333	warlike 0.3333
hiêú_danh	fame 0.3333	person 0.3333	seeking 0.3333
hiêú_hạnh	dutiful 1
hiêú_học	fond 0.5	learning 0.5
hiêú_khách	hospitable 1
hiêú_khí	aerobic 1
hiêú_kỳ	curious 0.5	inquiring 0.5
hiêú_nghiã	dutiful 0.5	loyal 0.5
hiêú_sinh	animals 0.4167	kill 0.1667	kind 0.25	reluctant 0.1667
hiêú_sắc	beautiful 0.3333	fond 0.3333	women 0.3333
hiêú_sự	showing 0.3333	undue 0.3333	zeal 0.3333
hiêú_thaỏ	pious 1
hiêú_tử	child 0.25	dutiful 0.5	son 0.25
hiêú_động	active 0.5	restless 0.5
hiêụ	shop 0.5	store 0.5
hiêụ_bách_hoá	department 0.5	store 0.5
hiêụ_chính	regulate 1
hiêụ_cắt_tóc	barbershop 1
hiêụ_dụng	useful 1
hiêụ_lệnh	command 0.5	order 0.5
hiêụ_lực	available 0.3333	effective 0.3333	efficacious 0.3333
hiêụ_nghiệm	efficacious 1
hiêụ_năng	efficiency 0.5	output 0.5
hiêụ_quả	effect 0.2	effective 0.2	efficiency 0.2	efficient 0.2	result 0.2
hiêụ_suất	output 0.5	productivity 0.5
hiêụ_sách	bookshop 1
hiêụ_số	difference 1
hiêụ_thế	difference 0.5	potential 0.5
hiêụ_triêụ	appeal 0.5	call 0.5
hiêụ_trưởng	head 0.05	headmaster 0.1	master 0.05	penalty 0.1	photograph 0.1	picture 0.1	portrait 0.1	principal 0.2	punishment 0.1	sentence 0.1
hiêụ_đính	revise 1
hiêụ_ứng	effect 1
hiêụ_ứng_bươm_bướm	butterfly 0.5	effect 0.5
hiêụ_ứng_nhà_kiếng	effect 0.5	greenhouse 0.5
hiêụ_ứng_nhà_kính	effect 0.5	greenhouse 0.5
hiêủ	comprehend 0.25	grasp 0.25	understand 0.5
hiêủ_biết	know 1
hiêủ_dụ	clear 1
hiêủ_lầm	misconcerve 0.5	misundertand 0.5
hiđrua_liti	hydride 0.5	lithium 0.5
hiđrô	hydrogen 1
hiếm	rare 0.5	scarce 0.25	sigular 0.25
hiếm_có	rare 0.5	scare 0.5
hiếm_gì	lacking 1
hiếm_hoi	childness 0.3333	children 0.1111	fertile 0.1667	few 0.1111	having 0.1111	sub 0.1667
hiến	consecrate 0.3333	devote 0.3333	offer 0.3333
hiến_binh	gendarme 1
hiến_chương	charter 1
hiến_dâng	dedicate 0.5	devotion 0.5
hiến_kế	offer 0.5	suggestions 0.5
hiến_pháp	constitution 1
hiến_pháp_hoá	constitutionalize 1
hiến_sinh	immolate 0.5	sacrifice 0.5
hiến_thân	life 0.5	sacrifice 0.5
hiến_định	constitution 0.5	stipulated 0.5
hiếng	cross 0.25	eyed 0.5	squint 0.25
hiếp	oppress 1
hiếp_dâm	rape 0.3333	ravish 0.3333	violate 0.3333
hiếp_tróc	bully 0.3333	compel 0.3333	force 0.3333
hiềm	feud 1
hiềm_khích	hate 0.5	olds 0.5
hiềm_nghi	suspect 1
hiềm_oán	bear 0.5	grudge 0.5
hiềm_vì	but 0.5	infortunately 0.5
hiền	gentle 0.3333	meek 0.3333	virtuous 0.3333
hiền_hoà	affable 0.25	gentle 0.1667	good 0.1667	mannered 0.1667	meek 0.25
hiền_huynh	brother 0.5	dear 0.5
hiền_hâụ	gentle 0.5	righteous 0.5
hiền_khô	gentle 0.25	good 0.25	kind 0.5
hiền_lành	good 0.5	natured 0.5
hiền_muôị	dear 0.5	sister 0.5
hiền_mâũ	good 0.25	kind 0.25	mother 0.5
hiền_nhân	person 0.25	saage 0.5	wise 0.25
hiền_sĩ	man 0.3333	talented 0.3333	virtous 0.3333
hiền_taì	righteous 0.5	talented 0.5
hiền_thê	good 0.25	virtuous 0.25	wife 0.5
hiền_thần	righteous 0.3333	subject 0.3333	talented 0.3333
hiền_triết	philosopher 0.5	sage 0.5
hiền_từ	indulgent 1
hiền_đệ	brother 0.5	dear 0.5
hiền_đức	gentleness 0.5	virtue 0.5
hiểm	dangerous 0.5	perilous 0.5
hiểm_hoạ	danger 0.5	peril 0.5
hiểm_hóc	inaccessible 0.3333	terrain 0.3333	ugged 0.3333
hiểm_ngheò	dangerous 0.5	serious 0.5
hiểm_ác	wicked 1
hiểm_độc	perfidious 1
hiển_hiện	appear 0.2917	clear 0.2083	most 0.08333	unmistaably 0.125	vididly 0.125	visibly 0.08333	vision 0.08333
hiển_hách	brilliant 0.3333	glorious 0.3333	splendid 0.3333
hiển_linh	awe 0.3333	inspiringly 0.3333	powerul 0.3333
hiển_minh	clear 0.1667	cut 0.1667	unequivocal 0.3333	unmistakable 0.3333
hiển_nhiên	evident 0.3333	obvious 0.3333	patent 0.3333
hiển_thánh	achieve 0.25	become 0.25	genie 0.25	sainthood 0.25
hiển_vi	microscopic 1
hiển_đạt	life 0.5	way 0.5
hiện	appear 0.3333	come 0.1667	rise 0.3333	sight 0.1667
hiện_có	is 1
hiện_diện	present 1
hiện_giờ	present 0.5	time 0.5
hiện_hành	force 0.5	operation 0.5
hiện_hình	appear 1
hiện_hưũ	existent 0.25	existing 0.5	now 0.25
hiện_nay	actual 0.1429	currently 0.1429	now 0.1429	nowadays 0.2857	present 0.1429	today 0.1429
hiện_sinh	existentialism 1
hiện_taị	actual 0.25	existing 0.25	present 0.5
hiện_thân	embodiment 0.5	personification 0.5
hiện_thơì	actual 0.3333	now 0.3333	present 0.3333
hiện_thực	realistic 1
hiện_tiền	front 1
hiện_trường	action 0.25	place 0.25	scene 0.5
hiện_trạng	condition 0.5	present 0.5
hiện_tình	present 0.5	situation 0.5
hiện_tượng	phenomenon 1
hiện_vật	nature 0.5	things 0.5
hiện_đaị	contemporary 0.25	period 0.25	present 0.25	time 0.25
hiện_đaị_hoá	modernize 1
hiệp	half 0.5	round 0.5
hiệp_hôị	association 1
hiệp_khách	errant 0.25	knight 0.75
hiệp_lực	combine 0.25	efforts 0.5	join 0.25
hiệp_nghị	agreement 1
hiệp_sĩ	knight 1
hiệp_thương	negotiate 1
hiệp_tác	co 0.5	operate 0.5
hiệp_định	agreement 0.5	convention 0.5
hiệp_định_geneva	convention 0.5	geneva 0.5
hiệp_định_genevè	convention 0.5	geneva 0.5
hiệp_đồng	contract 1
hiệp_ước	agreement 0.25	compact 0.25	pact 0.25	treaty 0.25
hk	america 0.3333	states 0.3333	united 0.3333
ho	cough 1
ho_gà	cough 0.5	whooping 0.5
ho_he	act 0.25	against 0.25	speak 0.25	up 0.25
ho_hen	cough 1
ho_khan	cough 0.5	dry 0.25	hacking 0.25
ho_lao	phthisis 0.5	tuberculosis 0.5
hoa	bloom 0.1667	blossom 0.1667	chinese 0.1667	flower 0.3333	sino 0.1667
hoa_anh_đaò	blossom 0.25	cherry 0.25	sakura 0.5
hoa_bia	hop 1
hoa_bách_hợp	lily 1
hoa_bướm	pansy 1
hoa_chè	camellia 1
hoa_cà	lilac 1
hoa_cúc	daisy 1
hoa_cương	granite 1
hoa_hiên	day 0.5	lity 0.5
hoa_hoét	showry 1
hoa_huệ	tuberose 1
hoa_hâụ	beauty 0.5	miss 0.25	queen 0.25
hoa_hướng_dương	sunflower 1
hoa_hồng	commission 0.3333	rose 0.6667
hoa_khôi	beauty 0.25	belle 0.5	queen 0.25
hoa_kim_châm	daylily 1
hoa_kiêù	chinese 0.25	huaqiao 0.5	overseas 0.25
hoa_kỳ	america 0.2222	states 0.1389	united 0.1389	us 0.1667	usa 0.1667	usonia 0.1667
hoa_laì	jasmine 1
hoa_liên	hualien 1
hoa_liêũ	brothel 1
hoa_lơ	cauliflower 1
hoa_lơ_trắng	cauliflower 1
hoa_lơị	income 1
hoa_lệ	plendid 0.5	replendent 0.5
hoa_maù	earth 0.25	farm 0.25	fruits 0.25	produce 0.25
hoa_mơ	blossom 0.25	dotted 0.25	plum 0.25	white 0.25
hoa_mắt	dazzled 1
hoa_mỹ	beautiful 0.25	fine 0.25	florid 0.25	flowery 0.25
hoa_nguyệt	love 0.5	sensual 0.5
hoa_ngôn	bragging 0.5	words 0.5
hoa_niên	bloom 0.5	youth 0.5
hoa_quả	fruit 0.5	fruits 0.5
hoa_râm	gray 0.25	grey 0.375	haired 0.125	pepper 0.125	salt 0.125
hoa_sen	bath 0.1667	hoa 0.1111	lotus 0.4444	sen 0.1111	shower 0.1667
hoa_soí	cholorantus 0.5	gaudy 0.5
hoa_súng	lily 0.5	water 0.5
hoa_tai	ear 0.5	ring 0.5
hoa_tay	deftness 0.5	dexterity 0.5
hoa_thị	design 0.4167	rose 0.1667	rosette 0.25	shaped 0.1667
hoa_tiên	filigreed 0.3333	flower 0.3333	paper 0.3333
hoa_tiêu	navigator 0.5	pilot 0.5
hoa_trà	camelia 0.5	camellia 0.5
hoa_tuyết	snowflake 1
hoa_tình	amorous 0.5	erotic 0.5
hoa_tím	violet 1
hoa_viên	flower 0.5	garden 0.5
hoa_văn	design 1
hoa_vạn_thọ	marigold 1
hoa_xoè	coin 0.3333	piastre 0.3333	silver 0.3333
hoai	completely 0.3333	compost 0.3333	decomposed 0.3333
hoan_hô	acclaim 0.2	cheer 0.2	hooray 0.2	hurrah 0.2	yay 0.2
hoan_hỉ	delighted 0.5	joyful 0.5
hoan_lạc	cheerful 0.3333	joyful 0.3333	merry 0.3333
hoan_lạc_chủ_nghiã	hedonist 1
hoan_nghênh	welcome 1
hoang	uncultivated 0.3333	uninhabited 0.3333	virgin 0.3333
hoang_daị	wild 1
hoang_dâm	lustful 1
hoang_dã	desolate 0.5	waste 0.5
hoang_mang	alarmedd 0.5	puzzled 0.5
hoang_mạc	desert 1
hoang_phí	extravagant 1
hoang_phế	deserted 0.5	win 0.5
hoang_thai	child 0.1667	illegitimate 0.4167	pregnancy 0.25	unborn 0.1667
hoang_toàng	extravagant 0.3333	lavish 0.3333	profligate 0.3333
hoang_tàn	devastated 1
hoang_tưởng	delirium 1
hoang_vu	desert 0.3333	desolate 0.3333	wild 0.3333
hoang_vắng	deserted 0.5	unfrequented 0.5
hoang_đaỏ	desert 0.5	island 0.5
hoang_điạ	land 0.5	waste 0.5
hoang_điền	field 0.5	uncultivated 0.5
hoang_đường	fabulous 1
hoaì	always 0.3333	continually 0.3333	endlessly 0.3333
hoaì_an	huai'an 1
hoaì_baó	ambition 0.3333	dream 0.3333	hope 0.3333
hoaì_bắc	huaibei 1
hoaì_cuả	pity 0.5	what 0.5
hoaì_cảm	emotion 0.5	remember 0.5
hoaì_cổ	nostalgia 1
hoaì_nam	huainan 1
hoaì_nghi	doubt 1
hoaì_niệm	think 1
hoaì_phí	squander 0.5	waste 0.5
hoaì_sơn	oppositifolius 0.5	yam 0.5
hoaì_thai	cjild 0.3333	gestate 0.3333	pregnancy 0.3333
hoaì_vọng	long 1
hoaì_xuân	long 0.3333	time 0.3333	vernal 0.3333
hoaí	constantly 0.5	repeatedly 0.5
hoaị	arbotive 1
hoaị_thân	commit 0.3333	destruction 0.3333	self 0.3333
hoaị_thư	canker 0.5	gangrene 0.5
hoaị_tử	necrosis 1
hoe	hoe 0.5	reddish 0.5
hoen	spotted 0.5	stained 0.5
hoen_gỉ	rusty 0.5	stained 0.5
hoen_ố	stained 1
hoi	smelly 1
hoi_hóp	weakly 1
hoi_nghi	symposium 1
hoi_thao	symposium 1
hokkaido	hokkaido 1
hokkaidō	hokkaido 1
holmi	holmium 1
holocaust	holocaust 1
hom	bamboo 0.08333	beard 0.1667	bone 0.08333	creel's 0.08333	cutting 0.1667	fibre 0.1667	frame 0.08333	lid 0.08333	small 0.08333
hom_hem	decrepit 0.5	wasted 0.5
hong	dry 1
honmi	holmium 1
hoà	agree 0.1111	break 0.05556	dissolve 0.1111	draw 0.1667	end 0.05556	even 0.1667	mingle 0.1111	mix 0.1111	peace 0.1111
hoà_bình	dao 0.1667	kinh 0.1667	peace 0.3333	peaceful 0.3333
hoà_giaỉ	conciliate 0.2	mediate 0.2	rapprochement 0.2	reconcile 0.2	reconciliation 0.2
hoà_hoãn	detente 1
hoà_hợp	agree 0.25	agreement 0.25	concord 0.25	harmonize 0.25
hoà_khí	agreement 0.5	concord 0.5
hoà_nhã	affable 1
hoà_nhạc	concert 0.5	entertainment 0.25	musical 0.25
hoà_nhịp	keep 0.5	pace 0.5
hoà_tan	dissolve 1
hoà_thuận	accord 0.5	concord 0.5
hoà_âm	harmony 1
hoàn	back 0.25	pill 0.25	restore 0.25	return 0.25
hoàn_bị	complete 0.3333	full 0.3333	thorough 0.3333
hoàn_chỉnh	done 0.25	fully 0.4167	out 0.1667	worked 0.1667
hoàn_câù	world 1
hoàn_cảnh	circumstances 0.3333	element 0.3333	evironment 0.3333
hoàn_haỏ	done 0.3333	perfect 0.3333	smoothly 0.1667	successfully 0.1667
hoàn_hồn	calm 0.125	come 0.25	composure 0.125	consciousness 0.125	recover 0.25	regain 0.125
hoàn_lương	reform 1
hoàn_mỹ	beautiful 0.5	perfectly 0.5
hoàn_nguyên	orginal 0.3333	revert 0.3333	state 0.3333
hoàn_thiện	perfect 1
hoàn_thành	accomplish 0.1	complete 0.2	completed 0.1	completion 0.1	end 0.2	finish 0.3
hoàn_toàn	complet 0.125	completely 0.125	entire 0.125	entirely 0.125	faultless 0.125	just 0.125	perfect 0.125	thorough 0.125
hoàn_tán	medicine 0.3333	pills 0.3333	powdered 0.3333
hoàn_tất	complete 0.5	finish 0.5
hoàn_tục	frock 0.25	life 0.1667	secular 0.1667	terurn 0.1667	up 0.25
hoàn_vũ	universe 1
hoàn_đồng	rejuvenate 1
hoàng	emperor 0.2	female 0.06667	king 0.06667	phoenix 0.06667	prince 0.2	yellow 0.4
hoàng_anh	oriole 1
hoàng_baò	robe 0.5	royal 0.5
hoàng_chủng	race 0.5	yellow 0.5
hoàng_cung	imperial 0.25	palace 0.5	royal 0.25
hoàng_gia	family 0.5	royal 0.5
hoàng_giáp	doctor 0.3333	rank 0.3333	second 0.3333
hoàng_haỉ	sea 0.5	yellow 0.5
hoàng_hà	huang 1
hoàng_hâụ	queen 1
hoàng_hôn	desk 0.1667	evening 0.08333	gloaming 0.1667	sunset 0.3333	twilight 0.25
hoàng_kim	gold 1
hoàng_lan	ylang 1
hoàng_oanh	oriole 1
hoàng_phaí	blood 0.5	royal 0.5
hoàng_sa	loess 1
hoàng_thaí_hâụ	mother 0.5	queen 0.5
hoàng_thaí_tử	crown 0.5	prince 0.5
hoàng_thiên	heaven 1
hoàng_thành	citadel 0.5	imperial 0.25	royal 0.25
hoàng_thân	prince 1
hoàng_thượng	majesty 0.5	sir 0.5
hoàng_thất	blood 0.5	royal 0.5
hoàng_thổ	loess 1
hoàng_tinh	arrowroot 1
hoàng_triêù	court 0.3333	king's 0.3333	reigning 0.3333
hoàng_tuyền	hades 0.3333	nether 0.1667	styx 0.3333	world 0.1667
hoàng_tôn	grandson 0.5	king's 0.25	queen's 0.25
hoàng_tộc	blood 0.5	royal 0.5
hoàng_tử	prince 1
hoàng_yến	canary 0.5	serin 0.5
hoàng_ân	favour 0.5	royal 0.5
hoàng_đaọ	zodiac 1
hoàng_đản	jaundice 0.5	yellows 0.5
hoàng_đế	emperor 1
hoành	pole 0.1667	purlin 0.3333	ridge 0.1667	width 0.3333
hoành_cách_mô	diaphragm 1
hoành_hành	like 0.5	whatever 0.5
hoành_phi	board 0.3333	horizontal 0.3333	lacquered 0.3333
hoành_tráng	large 0.5	scale 0.5
hoành_độ	abscissa 1
hoá	ation 0.1429	become 0.1429	change 0.1429	chemistry 0.1429	ization 0.1429	ize 0.1429	transform 0.1429
hoá_chất	chemical 0.1667	chemicals 0.3333	chemiscals 0.3333	substance 0.1667
hoá_công	creator 1
hoá_dâù	petrochemistry 1
hoá_dược	chemistry 0.5	pharmaceutical 0.5
hoá_giá	price 1
hoá_học	chemistry 1
hoá_lỏng	liquify 1
hoá_phân	analysis 0.5	chemical 0.5
hoá_sinh	biochemistry 1
hoá_thạch	fossil 1
hoá_trang	camouflage 0.5	disguise 0.5
hoá_trị	valence 0.5	valency 0.5
hoá_tính	chemical 0.5	propriety 0.5
hoá_đơn	bill 0.5	invoice 0.5
hoác	open 0.5	wide 0.5
hoán	boil 0.3333	down 0.3333	refine 0.3333
hoán_caỉ	reform 1
hoán_chuyển	exchange 0.5	post 0.5
hoán_dụ	metonymy 1
hoán_vị	permute 1
hoãn	defer 0.2	delay 0.4	off 0.1	postpone 0.2	put 0.1
hoãn_binh	battle 0.1	dilatory 0.06667	fighting 0.06667	gain 0.06667	off 0.06667	postpone 0.1	put 0.06667	tactics 0.06667	temporize 0.2	time 0.06667	try 0.06667	use 0.06667
hoãn_nợ	moratory 1
hoãn_xung	act 0.25	buffer 0.25	deaden 0.25	shock 0.25
hoè	japonica 0.5	sophora 0.5
hoí	bald 0.5	blad 0.5
hoí_đâù	baldness 1
hoăng	pervading 1
hoạ	accompany 0.1	catastrophe 0.1	delineate 0.1	disaster 0.1	draw 0.1	misfortune 0.1	paint 0.1	painting 0.1	perform 0.05	respond 0.1	unison 0.05
hoạ_baó	pictorial 0.8333	picture 0.1667
hoạ_chăng	unless 1
hoạ_công	limner 1
hoạ_căn	misfortune 0.5	seeds 0.5
hoạ_hoằn	between 0.1667	blue 0.1111	far 0.1667	moon 0.1111	occasionally 0.3333	once 0.1111
hoạ_là	chance 0.5	perhaps 0.5
hoạ_may	chance 0.5	ot 0.5
hoạ_mi	nightingale 1
hoạ_sĩ	artist 0.5	painter 0.5
hoạ_vần	compose 0.3333	rhyme 0.3333	verses 0.3333
hoạ_đồ	plan 1
hoạch_định	define 0.3333	determine 0.3333	form 0.3333
hoạn	castrate 0.3333	evirate 0.3333	geld 0.3333
hoạn_nạn	calamity 0.3333	disaster 0.3333	misfortune 0.3333
hoạn_quan	eunuch 1
hoạn_đồ	career 0.5	mandarin's 0.5
hoạnh	fault 0.3333	find 0.3333	work 0.3333
hoạnh_taì	gains 0.3333	gotten 0.3333	ill 0.3333
hoạt	fine 0.5	quick 0.5
hoạt_bát	agile 0.3333	brisk 0.3333	fluent 0.3333
hoạt_chất	active 0.5	element 0.5
hoạt_hoạ	caricature 1
hoạt_hình	animated 0.5	cartoon 0.5
hoạt_khâủ	voluble 1
hoạt_kịch	comedy 0.25	short 0.25	sketch 0.5
hoạt_lực	vitality 1
hoạt_thạch	talc 1
hoạt_tính	active 1
hoạt_đâù	opportunist 0.5	serving 0.25	time 0.25
hoạt_động	action 0.25	activity 0.5	operation 0.25
hoả	fire 0.5	male 0.08333	positive 0.08333	principle 0.08333	yang 0.25
hoả_baì	emergency 0.5	pass 0.5
hoả_châu	flare 1
hoả_công	attack 0.5	fire 0.5
hoả_diệm_sơn	volcano 1
hoả_hoạn	blaze 0.25	conflagration 0.25	fire 0.5
hoả_kế	pyrometer 1
hoả_lò	earthen 0.3333	portable 0.3333	stove 0.3333
hoả_lực	fire 0.8333	power 0.1667
hoả_phaó	fuze 1
hoả_tinh	mars 1
hoả_tiễn	missile 0.5	rocket 0.5
hoả_táng	cremate 1
hoả_xa	train 1
hoảng	panic 0.25	stricken 0.25	terror 0.5
hoảng_hốt	panic 1
hoảng_sợ	filled 0.25	panic 0.25	stricken 0.25	terror 0.25
hoắc	very 1
hoắc_hương	patchouli 1
hoắc_loạn	cholera 1
hoắc_lê	dish 0.1667	fare 0.1667	frugal 0.1667	simple 0.1667	vegetable 0.3333
hoắm	deep 0.5	sunken 0.5
hoắt	pointed 1
hoẵng	muntjac 1
hoặc	or 1
hoặc_giả	or 0.5	perhaps 0.5
hoặc_là	either 0.5	or 0.5
hoỉ	ask 0.4	inquire 0.2	interrogate 0.2	question 0.2
hoỉ_baì	ask 0.3333	lesson 0.3333	quetions 0.3333
hoỉ_cung	interrogate 0.5	question 0.5
hoỉ_dò	investigate 1
hoỉ_dồn	assail 0.5	questions 0.5
hoỉ_han	after 0.5	ask 0.25	inquire 0.25
hoỉ_nhỏ	ask 0.4167	breath 0.1667	privately 0.25	under 0.1667
hoỉ_thi	examine 1
hoỉ_thăm	affter 0.125	after 0.125	ask 0.375	inquire 0.375
hoỉ_tiền	ask 0.5	money 0.5
hoỉ_vặn	cross 0.5	examine 0.25	question 0.25
hoỉ_vợ	ask 0.3333	girl's 0.3333	hand 0.3333
hsk	hsk 1
hu_hu	noisily 0.5	weep 0.5
hun	fumigate 0.5	out 0.25	smoke 0.25
hun_đúc	temper 1
hung	reddish 1
hung_baọ	atrocious 0.5	violent 0.5
hung_dữ	cruel 0.3333	ferocious 0.3333	fierce 0.3333
hung_hăng	overbold 0.5	reckless 0.5
hung_phạm	murderer 1
hung_thần	evil 0.5	genius 0.5
hung_thủ	assassin 0.3333	killer 0.3333	murderer 0.3333
hung_tin	bad 0.5	news 0.5
hung_tinh	mandarin 0.25	star 0.25	tyrannical 0.25	unlucky 0.25
hung_tàn	brutal 0.5	cruel 0.5
hung_tán	burial 0.5	temporary 0.5
hung_tợn	cruel 0.5	violent 0.5
hung_ác	bnetal 0.3333	cruel 0.3333	ferocious 0.3333
hung_đồ	hooligan 0.5	thug 0.5
hungary	hungary 1
husky_siberi	husky 0.5	siberian 0.5
husky_siberia	husky 0.5	siberian 0.5
husky_sibir	husky 0.5	siberian 0.5
husky_xibia	husky 0.5	siberian 0.5
huy_chương	medal 1
huy_chương_vàng	gold 1
huy_hiêụ	badge 0.5	insignia 0.5
huy_hoàng	resplendent 0.5	splendid 0.5
huy_động	mobilize 1
huynh	brother 0.5	elder 0.5
huynh_trưởng	grown 0.25	senior 0.5	up 0.25
huynh_ông	brother 0.5	venerable 0.5
huynh_đệ	brother 0.5	brothers 0.5
huyên_naó	clamorous 0.3333	loud 0.3333	noisy 0.3333
huyên_thiên	dozen 0.1667	nineteen 0.1667	palaver 0.5	talk 0.1667
huyên_truyền	spread 1
huyên_đường	mother 1
huyết	blood 1
huyết_bạch	leucorhoea 1
huyết_chiến	battle 0.5	bloody 0.5
huyết_câù	blood 0.5	globules 0.5
huyết_câù_tố	oxyhaemoglobin 1
huyết_dụ	cordyline 1
huyết_học	haematology 0.5	hematology 0.5
huyết_lệ	agony 0.3333	blood 0.1667	excruciating 0.1667	pain 0.1667	tear 0.1667
huyết_mạch	blood 0.1667	breath 0.1667	descent 0.08333	life 0.1667	line 0.25	nostrils 0.08333	vessel 0.08333
huyết_quản	blood 0.5	vessel 0.5
huyết_sử	blood 0.1667	bloody 0.25	history 0.4167	written 0.1667
huyết_thanh	serum 1
huyết_thư	blood 0.1667	letter 0.4167	moving 0.25	written 0.1667
huyết_thống	blood 0.5	line 0.25	relationship 0.25
huyết_tương	plasma 1
huyết_áp	blood 0.5	pressure 0.5
huyết_áp_kế	sphymomanometer 1
huyền	jet 1
huyền_aỏ	fanciful 0.25	illusory 0.25	subtil 0.25	visionnary 0.25
huyền_bí	hidden 0.25	mysterious 0.25	mystery 0.25	occult 0.25
huyền_chức	function 0.5	relieve 0.5
huyền_diêụ	marvellous 0.5	mysterious 0.5
huyền_hoặc	fabulous 0.5	fantastic 0.5
huyền_hồ	fabulous 1
huyền_phù	suspension 1
huyền_sâm	fig 0.5	wort 0.5
huyền_thoaị	legend 0.5	myth 0.5
huyền_vi	marvellous 0.5	mysterious 0.5
huyền_đề	claw 0.5	dew 0.5
huyễn	false 1
huyễn_hoặc	deceiving 0.5	deluding 0.5
huyện	district 1
huyện_uỷ	commitee 0.3333	district 0.3333	party 0.3333
huyện_đoàn	district 0.3333	union 0.3333	youth 0.3333
huyện_đôị	armed 0.3333	district 0.3333	forces 0.3333
huyện_đường	chief's 0.3333	district 0.3333	yamen 0.3333
huyệt	cave 0.25	crypt 0.25	den 0.25	grave 0.25
huà	allow 1
huân_chương	decoration 0.5	medal 0.5
huân_tước	lord 1
huê	bloom 0.3333	blossom 0.3333	flower 0.3333
huênh_hoang	brag 1
huí	cut 1
huý	forbidden 0.25	name 0.5	tabooed 0.25
huý_nhật	anniversary 0.3333	day 0.3333	death 0.3333
huýt	whistle 1
huýt_gió	whistle 1
huũ_sản	belonging 0.1667	haves 0.1667	moneyed 0.3333	propertied 0.3333
huấn_dụ	instruct 0.5	teachings 0.5
huấn_luyện	coach 0.25	drill 0.25	teach 0.25	train 0.25
huấn_luyện_viên	coach 0.3333	instructor 0.3333	trainer 0.3333
huấn_lệnh	directions 0.5	instructions 0.5
huấn_thị	recommendations 0.5	teachings 0.5
huấn_từ	dation 0.25	recommen 0.25	teaching 0.5
huấn_đaọ	district 0.3333	education 0.3333	officer 0.3333
huế	further 0.125	giang 0.08333	hue 0.25	lagoon 0.08333	star 0.125	tam 0.08333	three 0.125	west 0.125
huếch	gaping 1
huề	draw 1
huệ	lily 1
huệ_châu	huizhou 1
huỉ	leprous 1
huống	less 0.5	much 0.5
huỳnh	fire 0.1667	fly 0.1667	glow 0.1667	near 0.1667	wall 0.1667	worm 0.1667
huỳnh_quang	flourescence 1
huỵch	thud 0.3333	thwack 0.3333	whack 0.3333
huỷ	cancel 0.5	destroy 0.25	reverse 0.25
huỷ_bỏ	abate 0.25	abolish 0.25	cancel 0.25	void 0.25
huỷ_diệt	completely 0.5	destroy 0.5
huỷ_hoaị	main 0.5	ruin 0.5
huỷnh	stonewood 1
hy_hưũ	rare 0.5	seldom 0.5
hy_lạp	greco 0.3333	greece 0.3333	greek 0.3333
hy_lạp_cổ_đaị	ancient 0.5	greece 0.5
hy_sinh	sacrifice 0.6667	up 0.3333
hy_vọng	desire 0.125	expect 0.125	hope 0.5	wish 0.25
hydra	hydra 1
hydrat	hydrate 1
hyđrô	hydrogen 1
hà	rive 0.3333	river 0.3333	shipworm 0.1667	teredo 0.1667
hà_bá	god 0.5	water 0.5
hà_bắc	hebei 1
hà_chính	harsh 0.25	politics 0.5	ruthless 0.25
hà_hiếp	domineer 0.5	oppress 0.5
hà_hơi	resuscitate 1
hà_khâủ	estuary 0.25	muoth 0.25	river 0.5
hà_khắc	draconian 0.3333	harsh 0.3333	severe 0.3333
hà_lan	holland 0.5	netherlands 0.5
hà_lạm	misappropriate 1
hà_má	hippopatamus 1
hà_mã	hippopotamus 1
hà_nam	henan 1
hà_nôị	aboard 0.06667	boat 0.06667	country 0.06667	hanoi 0.2	hoa 0.06667	now 0.06667	peace 0.1	princess 0.06667	returning 0.1	royal 0.06667	throughout 0.06667	tu 0.06667
hà_thủ_ô	knootweed 0.5	multiflorous 0.5
hà_tiện	miserly 0.5	stingy 0.5
hà_tĩnh	heart 1
hà_tất	good 0.25	use 0.25	what 0.5
hà_tằn_hà_tiện	thrifty 1
hà_tằng	never 1
hà_xa	placenta 1
hàm	honolary 0.3333	jaw 0.6667
hàm_giả	artificial 0.3333	set 0.3333	teeth 0.3333
hàm_hồ	facts 0.1667	founded 0.3333	ill 0.1667	vague 0.3333
hàm_lượng	content 1
hàm_răng	denture 0.5	set 0.25	teeth 0.25
hàm_súc	contain 0.5	hold 0.5
hàm_số	function 1
hàm_thiếc	bit 1
hàm_thụ	correspondence 0.5	course 0.5
hàm_tiêú	begin 0.5	open 0.5
hàm_ân	favour 0.5	owe 0.5
hàm_đan	handan 1
hàm_ếch	enntrance 0.25	palate 0.5	vaulted 0.25
hàn	cold 0.25	poor 0.25	solder 0.5
hàn_gắn	heal 1
hàn_hưũ	occasional 0.5	rare 0.5
hàn_khâủ	breach 0.5	stop 0.5
hàn_luật	han 0.3333	prosody 0.3333	thuyen's 0.3333
hàn_lâm	academic 0.25	academy 0.5	tile 0.25
hàn_mặc	belles 0.5	lettres 0.5
hàn_nho	confucian 0.3333	poor 0.3333	scholar 0.3333
hàn_quốc	korea 0.75	south 0.25
hàn_sĩ	poor 0.5	student 0.5
hàn_the	borax 1
hàn_thử_biêủ	thermometer 1
hàn_vi	humble 0.5	poor 0.5
hàn_xì	oxyacetylene 0.5	welding 0.5
hàn_điện	electric 0.5	weilding 0.5
hàn_đơí	frigid 0.5	zone 0.5
hàng	column 0.09091	dine 0.09091	each 0.09091	give 0.0303	goods 0.09091	in 0.0303	line 0.09091	merchandise 0.09091	row 0.09091	surrender 0.09091	to 0.0303	wares 0.09091	yield 0.09091
hàng_bán_chaỵ_nhất	bestseller 1
hàng_châu	hangzhou 1
hàng_giâụ	hedge 1
hàng_haỉ	navigation 1
hàng_hiên	verandah 1
hàng_hoá	cargo 0.1429	commodity 0.2857	gods 0.1429	goods 0.2857	merchandise 0.1429
hàng_họ	bought 0.1667	busines 0.25	goods 0.1667	slack 0.25	sold 0.1667
hàng_khô	groceries 1
hàng_không	air 0.25	aviation 0.5	communication 0.25
hàng_không_mâũ_hạm	aircraft 0.5	carrier 0.5
hàng_loạt	mass 1
hàng_lâụ	contraband 0.5	goods 0.5
hàng_ngaỳ	daily 0.5	everyday 0.5
hàng_ngũ	line 0.5	rank 0.5
hàng_nước	shop 0.5	tea 0.5
hàng_phố	people 0.5	street 0.5
hàng_phục	hat 0.1667	off 0.1667	ones 0.1667	surrender 0.25	unconditinally 0.25
hàng_quán	inns 0.5	shops 0.5
hàng_raò	fence 0.6667	hedge 0.3333
hàng_rong	hawker 0.5	pedlar 0.5
hàng_tháng	monthly 1
hàng_thịt	butcher's 0.5	shop 0.5
hàng_tuần	weekly 1
hàng_tấm	cloth 0.5	woven 0.5
hàng_xaó	ricemiller 1
hàng_xách	commission 0.5	selling 0.5
hàng_xén	aberdasher 0.25	haberdashery 0.25	small 0.1667	vendor 0.1667	wares 0.1667
hàng_xóm	neighbouring 1
hàng_xứ	stranger 1
hàng_ăn	restaurant 1
hàng_đâù	first 0.1667	hit 0.1667	rate 0.1667	top 0.5
hành	onion 0.6667	pertub 0.3333
hành_binh	march 0.5	move 0.5
hành_chánh	administration 1
hành_chính	administration 0.3333	administrative 0.3333	aministration 0.3333
hành_doanh	headquarters 1
hành_hung	assult 0.1667	battery 0.1667	commit 0.1667	indulge 0.25	violence 0.25
hành_hình	death 0.25	execute 0.5	put 0.25
hành_hương	go 0.5	pilgrimage 0.5
hành_hạ	batter 0.3333	ill 0.1667	maltreat 0.3333	treat 0.1667
hành_hạt	round 1
hành_khách	passenger 1
hành_khúc	march 1
hành_khất	beg 1
hành_kinh	menstruate 1
hành_lang	corridor 0.5	galery 0.25	passage 0.125	way 0.125
hành_lý	baggage 0.5	luggage 0.5
hành_lạc	rejoice 1
hành_lễ	celebrate 0.5	ceremony 0.5
hành_nghề	pratise 0.5	profession 0.5
hành_pháp	executive 1
hành_quân	operation 1
hành_sự	act 0.5	action 0.1667	peform 0.1667	some 0.1667
hành_thư	xingshu 1
hành_tinh	planet 1
hành_tinh_lùn	dwarf 0.5	planet 0.5
hành_tinh_x	planet 0.5	x 0.5
hành_trình	itinerary 1
hành_tung	track 0.3333	trail 0.3333	whereabouts 0.3333
hành_tây	onion 1
hành_tôị	inflict 0.1111	mental 0.1111	punish 0.3333	tortment 0.3333	torture 0.1111
hành_vi	act 0.3333	action 0.3333	deed 0.3333
hành_văn	compose 0.5	style 0.5
hành_xác	body 0.5	mortify 0.5
hành_đaọ	pratise 0.5	religion 0.5
hành_động	act 0.5	action 0.5
hành_động_đáng_ghét	abomination 1
há	open 0.5	wide 0.5
há_dễ	all 0.5	easy 0.5
há_hốc	gape 0.5	mouth 0.1667	open 0.1667	wide 0.1667
hách	authoritarian 0.5	authoritative 0.5
hách_dịch	imperious 1
hám	greedy 1
hán	chinese 0.5	sino 0.5
hán_hoá	sinicization 1
hán_hàn	korean 0.5	sino 0.5
hán_học	chinese 0.1667	sinology 0.6667	studies 0.1667
hán_ngữ	chinese 1
hán_nhật	japanese 0.5	sino 0.5
hán_triêù	han 1
hán_tộc	han 1
hán_tự	character 0.1667	chinese 0.6667	literature 0.1667
hán_việt	sino 0.5	vietnamese 0.5
hán_văn	chinese 0.5	classical 0.25	literature 0.25
háng	groin 1
hát	sing 1
hát_ru	lullaby 1
hát_xiệc	circus 1
hâm	again 0.25	hot 0.25	up 0.25	warm 0.25
hâm_hấp	hottish 1
hâm_hẩm	brained 0.3333	crack 0.3333	slightly 0.3333
hâm_mộ	admiration 0.5	like 0.5
hân_hoan	joyful 0.5	merry 0.5
hân_hạnh	honour 0.3333	honoured 0.3333	pleased 0.3333
hây_hây	rosy 0.5	ruddy 0.5
hây_hâỷ	whiffing 1
hâù	fauces 0.25	marquis 0.25	monkey 0.25	order 0.125	serve 0.125
hâù_bao	belt 0.25	fob 0.5	purse 0.25
hâù_bàn	waiter 0.5	waitress 0.5
hâù_bóng	trance 1
hâù_chuyện	company 0.5	keep 0.5
hâù_cận	servant 0.5	trusted 0.5
hâù_gaí	maid 1
hâù_hạ	attend 1
hâù_hết	almost 0.5	nearly 0.5
hâù_kiện	appear 0.3333	before 0.3333	court 0.3333
hâù_như	almost 1
hâù_sáng	waiter 1
hâù_tước	marquess 0.6667	marquis 0.3333
hâý	badly 0.5	done 0.5
hâụ	back 0.1667	behind 0.1667	empress 0.1667	future 0.1667	queen 0.3333
hâụ_binh	rearguard 1
hâụ_bôí	carbuncle 0.5	spine 0.5
hâụ_bị	reserve 1
hâụ_bổ	mandarin 1
hâụ_chiến	after 0.5	war 0.5
hâụ_cung	apartments 0.1667	queen's 0.1667	sanctuary 0.3333	shrine 0.3333
hâụ_cảnh	background 1
hâụ_cần	army 0.25	logistics 0.5	ordnance 0.25
hâụ_cổ_điển	classic 0.5	post 0.5
hâụ_môn	anus 1
hâụ_nghiệm	posteriori 1
hâụ_phi	king 0.5	wife 0.5
hâụ_phâũ	operational 0.5	post 0.5
hâụ_phương	rear 1
hâụ_quân	rearguard 1
hâụ_quả	consequence 1
hâụ_sinh	generation 0.1667	junior 0.5	person 0.1667	younger 0.1667
hâụ_sản	natal 0.5	post 0.5
hâụ_sự	burial 0.25	funeral 0.5	observances 0.25
hâụ_thuẩn	rear 0.3333	support 0.3333	troops 0.3333
hâụ_thuẫn	backing 0.5	support 0.5
hâụ_thuộc_điạ	colonial 0.5	post 0.5
hâụ_thân	eventual 0.25	impersonation 0.25	personification 0.25	posterior 0.25
hâụ_thế	future 0.25	generations 0.25	posterity 0.5
hâụ_tiến	backward 0.5	behind 0.25	lagging 0.25
hâụ_trường	backstage 1
hâụ_tuyến	line 0.5	rear 0.5
hâụ_tình	behaviour 0.25	considerate 0.25	decent 0.25	treatment 0.25
hâụ_tạ	deep 0.1667	gratitude 0.1667	liberally 0.25	reward 0.25	show 0.1667
hâụ_tập	attack 0.5	rear 0.5
hâụ_tố	suffix 1
hâụ_từ	postposition 1
hâụ_viện	reinforcements 1
hâụ_vận	future 0.5	futurity 0.5
hâụ_vệ	back 1
hâụ_đaĩ	cosideration 0.25	entertain 0.25	lavishly 0.25	treat 0.25
hâụ_đaị	future 0.25	generations 0.25	posterity 0.5
hâụ_đâụ	awkward 0.5	lubberly 0.5
hâụ_đôị	rearguard 1
hâủ	delicious 0.3333	good 0.3333	kind 0.3333
hâỷ	push 1
hãm	brake 0.3333	rape 0.3333	violate 0.3333
hãm_haị	harm 0.5	injure 0.5
hãm_hiếp	rape 1
hãm_taì	look 0.3333	ominous 0.3333	wearing 0.3333
hãn	khan 0.3333	perspire 0.3333	sweat 0.3333
hãn_hưũ	rare 0.5	scare 0.5
hãng	company 0.5	firm 0.5
hãng_thông_tấn	agency 0.5	news 0.5
hãng_viễn_thông	telco 1
hãnh_diện	pride 0.25	proud 0.5	show 0.25
hãnh_tiến	parvenu 0.5	upstart 0.5
hè	pavement 0.3333	sidewalk 0.3333	summer 0.3333
hè_chí	solstice 0.5	summer 0.5
hèm	draff 1
hèn	base 0.2	humble 0.2	mean 0.2	poor 0.2	vile 0.2
hèn_chi	therefor 0.3333	why 0.3333	wonder 0.3333
hèn_hạ	abject 0.25	despicable 0.25	mean 0.25	vile 0.25
hèn_kém	mean 1
hèn_mạt	base 0.5	mean 0.5
hèn_mọn	humble 0.5	low 0.5
hèn_nhát	cowardly 0.5	dastardly 0.5
hèn_yêú	faint 0.25	hearted 0.25	pusillanimous 0.5
hé	break 0.5	open 0.25	slightly 0.25
hé_môi	lips 0.5	open 0.5
hé_mở	half 0.5	open 0.5
hé_nắng	break 1
hé_răng	mouth 0.5	open 0.5
héc_ta	hectare 1
hét	cry 0.3333	roar 0.3333	scream 0.3333
hê	away 0.25	fling 0.25	throw 0.5
hêli	helium 1
hên	luck 0.3333	luck's 0.1667	lucky 0.3333	way 0.1667
hì	haw 0.5	hee 0.5
hì_hà_hì_hục	absorbed 0.3333	engrossed 0.3333	up 0.1667	wrapped 0.1667
hình	appearance 0.09091	figure 0.1818	form 0.09091	geometry 0.09091	look 0.04545	outward 0.04545	photograph 0.1818	picture 0.1818	shape 0.09091
hình_chữ_nhật	rectangle 1
hình_dong	apperance 0.25	imagine 0.25	look 0.125	outward 0.125	picture 0.25
hình_dung	appearance 0.3333	figure 0.3333	imagine 0.3333
hình_dung_từ	adjective 1
hình_dáng	figure 0.25	form 0.25	shape 0.25	stature 0.25
hình_dạng	form 0.6667	shape 0.3333
hình_haì	body 0.5	physical 0.5
hình_hoạ	drawing 1
hình_học	geometry 1
hình_hộp	parallelepiped 1
hình_luật	laws 0.5	penal 0.5
hình_lập_phương	cube 1
hình_mâũ	model 1
hình_nhi_thượng_học	metaphysics 1
hình_nhân	bamboo 0.3333	paper 0.3333	pupet 0.3333
hình_như	appear 0.5	seem 0.5
hình_nhỏ	thumbnail 1
hình_nón	cone 1
hình_nôỉ	relief 1
hình_nền	background 1
hình_nộm	dummy 0.5	effigy 0.5
hình_phạt	penalty 0.5	punishment 0.5
hình_quạt	sector 1
hình_quảng_caó	banner 1
hình_saú_góc	hexagon 1
hình_sự	affairs 0.5	criminnal 0.5
hình_thang	trapezium 1
hình_thaí	form 1
hình_thoi	rhombus 1
hình_thành	form 1
hình_thế	aspect 0.125	complexion 0.25	general 0.125	terrain 0.25	topography 0.25
hình_thể	conformation 0.2	figue 0.2	form 0.4	likeness 0.2
hình_thức	form 1
hình_thức_chủ_nghiã	formalistic 1
hình_thức_hoá	formalize 1
hình_tròn	circle 1
hình_trạng	aspect 0.5	outward 0.5
hình_trụ	cylinder 1
hình_tượng	image 0.5	simile 0.5
hình_tự_chụp	selfie 1
hình_tự_sướng	selfie 1
hình_vẽ	drawing 0.5	figure 0.5
hình_vị	morpheme 1
hình_ảnh	picture 0.5	portrait 0.5
hí	neigh 0.5	whinny 0.5
hí_hoaý	busy 1
hí_huí	busy 1
hí_hí	chuckle 1
hí_hửng	beside 0.5	joy 0.5
hí_kịch	drame 0.5	play 0.5
hí_trường	entertainment 0.125	place 0.125	playhouse 0.25	theater 0.25	theatre 0.25
hí_viện	playhouse 1
hích	jostle 1
híp	close 0.5	swollen 0.5
hít	breathe 0.25	inhale 0.25	inspire 0.25	sniff 0.25
hò	call 0.1111	chanty 0.05556	cry 0.1111	harrowing 0.1111	mowing 0.05556	out 0.05556	shout 0.1111	sing 0.05556	song 0.05556	urge 0.1111	vietnamese 0.05556	weed 0.05556	work 0.05556
hò_hét	scream 0.25	shout 0.75
hò_khoan	heave 0.4167	ho 0.4167	yo 0.1667
hò_la	scream 0.5	shout 0.5
hò_maí_đâỷ	barcarolle 1
hò_reo	acclaim 1
hòm	casket 0.3333	coffin 0.3333	trunk 0.3333
hòm_thư	mailbox 1
hòn	ball 0.5	piece 0.5
hòn_bi	marble 1
hòn_daí	testicle 1
hòn_đaỏ_nhỏ	islet 1
hòn_đá_phù_thuỷ	philosopher's 0.5	stone 0.5
hòn_đạn	bullet 1
hòng	about 0.2	aim 0.2	expect 0.2	intend 0.2	nearly 0.2
hóc	angle 0.5	corner 0.5
hóc_buá	difficult 0.5	hard 0.5
hóc_hiểm	inaccessible 0.5	rugged 0.5
hóm	arch 0.5	mischievous 0.5
hóng	get 0.25	receive 0.25	take 0.25	wait 0.25
hóng_chuyện	begin 0.25	gaping 0.1667	listen 0.1667	mouth 0.1667	notice 0.25
hóng_mát	air 0.5	fresh 0.5
hóp	hollow 0.5	sunken 0.5
hót	sing 0.5	twitter 0.5
hô	cry 0.5	out 0.5
hô_haò	call 1
hô_hoà_haọ_đặc	hohhot 1
hô_hoán	scream 0.5	shout 0.5
hô_hấp	breath 0.2	breathe 0.4	respiration 0.2	respire 0.2
hô_hố	guffaw 1
hôi	bad 0.25	gather 0.1667	left 0.1667	smelling 0.25	what 0.1667
hôi_hám	fetid 1
hôi_mồm	bad 0.25	breath 0.25	halitosis 0.25	suffer 0.25
hôi_nách	body 0.5	odour 0.5
hôi_rình	stinking 1
hôi_tanh	base 0.25	ignoble 0.25	mean 0.25	stinking 0.25
hôi_thôí	stinking 1
hôm	day 1
hôm_kia	before 0.3333	day 0.3333	yesterday 0.3333
hôm_kià	ago 0.3333	days 0.3333	three 0.3333
hôm_nay	today 1
hôm_nay_ngaỳ_mâý	date 0.3333	today 0.3333	what 0.3333
hôm_naỳ	day 1
hôm_nọ	day 0.5	other 0.5
hôm_qua	yesterday 1
hôm_sau	day 0.5	following 0.25	next 0.25
hôm_sớm	evening 0.5	morning 0.5
hôm_xưa	day 0.3333	long 0.3333	past 0.3333
hôn	kiss 1
hôn_hít	hug 0.5	kiss 0.5
hôn_mê	coma 0.25	consciousness 0.125	faint 0.25	lose 0.125	swoon 0.25
hôn_nhân	marriage 1
hôn_nhân_hỗn_hợp	marriage 0.5	mixed 0.5
hôn_nhân_đồng_giơí	gay 0.5	marriage 0.5
hôn_nhân_đồng_tính	gay 0.5	marriage 0.5
hôn_phôí	marry 1
hôn_quân	benighted 0.5	king 0.5
hôn_thư	lines 0.5	marriage 0.5
hôn_tôi	kiss 0.5	me 0.5
hôn_ám	benighted 1
hông	flank 0.3333	hip 0.3333	side 0.3333
hôì	cancel 0.25	muslim 0.25	period 0.25	time 0.25
hôì_cư	evacuation 0.5	return 0.5
hôì_dương	having 0.08333	islam 0.25	mohammedanism 0.25	resuscitative 0.3333	virtue 0.08333
hôì_giaó	islam 0.5	mohammedanism 0.25	muslim 0.25
hôì_hưu	retire 1
hôì_hương	anise 1
hôì_hộp	excitement 0.25	flutter 0.5	tremble 0.25
hôì_kí	memoir 1
hôì_ký	memoir 1
hôì_loan	capital 0.5	return 0.5
hôì_môn	dowry 0.5	marriage 0.25	portion 0.25
hôì_naõ	gyrus 1
hôì_naỹ	just 0.5	now 0.5
hôì_phục	recover 1
hôì_quy	recurrent 1
hôì_sinh	life 0.25	restore 0.25	resuscitate 0.5
hôì_sức	recover 0.75	strength 0.25
hôì_trang	country 0.3333	native 0.3333	return 0.3333
hôì_trước	past 1
hôì_tín	letter 0.5	reply 0.5
hôì_tưởng	recall 0.5	remember 0.5
hôì_tỉnh	consciousness 0.5	recover 0.5
hôì_tị	decline 0.5	judging 0.5
hôì_tố	retroactive 1
hôì_văn	palindrome 1
hôì_xuân	change 0.1111	climacterium 0.1667	life 0.1111	menopause 0.1667	undergo 0.4444
hôì_âm	reply 1
hôì_đáp	reply 1
hôì_ức	recollect 0.5	reminisce 0.5
hôí	hurry 0.1667	press 0.1667	regret 0.1667	repent 0.1667	rue 0.1667	urge 0.1667
hôí_caỉ	exchange 1
hôí_hả	hasten 0.5	hurry 0.5
hôí_hận	repent 0.5	rue 0.5
hôí_lộ	bribe 0.3333	buy 0.3333	corrupt 0.3333
hôí_phiêú	bill 0.5	exchange 0.5
hôí_quá	faults 0.5	regret 0.5
hôí_tiếc	regret 0.6667	repent 0.3333
hôí_đoaí	exchange 1
hôỉ	steaming 1
hôị	assemble 0.1667	association 0.1667	club 0.1667	company 0.1667	meet 0.1667	reunite 0.1667
hôị_chẩn	consultation 0.5	hold 0.5
hôị_chợ	fair 1
hôị_chứng	syndrome 1
hôị_cưụ_chiến_binh	association 0.5	veterans 0.5
hôị_diễn	festival 0.5	performances 0.25	round 0.25
hôị_diện	face 0.6667	meet 0.3333
hôị_giảng	festival 0.5	teaching 0.5
hôị_hoá_trang	carnival 1
hôị_hoạ	painting 1
hôị_hè	festival 0.5	gauds 0.5
hôị_họp	gather 0.3333	meet 0.3333	meeting 0.3333
hôị_kiến	meet 0.5	talk 0.5
hôị_kín	society 0.5	underground 0.5
hôị_nghị	conference 0.4286	congress 0.1429	meeting 0.4286
hôị_ngộ	meet 1
hôị_nông_dân	association 0.5	farmers 0.5
hôị_quán	premises 0.5	society's 0.5
hôị_quốc_liên	league 0.5	nations 0.5
hôị_sinh	commensalism 1
hôị_tam_hoàng	triad 1
hôị_thaỏ	forum 0.25	hold 0.125	seminar 0.25	workshop 0.375
hôị_thi	competition 0.5	festival 0.5
hôị_thiện	charity 1
hôị_thoaị	converse 0.5	talk 0.5
hôị_thẩm	juror 0.5	people's 0.5
hôị_trá_hình	carnival 1
hôị_trưởng	president 1
hôị_tụ	converge 1
hôị_viên	associate 0.5	member 0.5
hôị_âm	perineum 1
hôị_ý	compare 0.1667	exchange 0.25	ideas 0.25	meet 0.1667	notes 0.1667
hôị_đàm	colloquy 0.3333	consult 0.1667	meet 0.1667	talk 0.1667	together 0.1667
hôị_đồng	assembly 0.3333	council 0.3333	meeting 0.3333
hôị_đồng_nhân_dân	council 0.5	people's 0.5
hôị_đồng_quản_trị	board 0.5	directors 0.5
hôị_ẩm	drink 0.5	together 0.5
hõm	deeply 0.5	sunken 0.5
hù	owl 0.5	wood 0.5
hùm	tiger 1
hùm_beo	animals 0.1667	cruel 0.1111	fanther 0.1667	ferocious 0.1667	people 0.1111	tiger 0.1667	wicked 0.1111
hùn	club 0.25	common 0.1667	contribute 0.1667	stock 0.1667	together 0.25
hùng	like 0.25	superman 0.25	talented 0.5
hùng_biện	eloquent 1
hùng_cường	powerful 0.5	strong 0.5
hùng_dũng	bold 0.1667	brave 0.1667	brawny 0.1667	martial 0.3333	vigorous 0.1667
hùng_hoàng	realgar 1
hùng_hâụ	large 0.3333	mighty 0.3333	powerful 0.3333
hùng_hồn	eloquent 0.5	forceful 0.5
hùng_hổ	truculent 0.5	violent 0.5
hùng_hục	absorbed 1
hùng_khí	impetus 0.5	strong 0.5
hùng_taì	great 0.5	skill 0.25	talent 0.25
hùng_tráng	grand 0.25	grandiore 0.25	mighty 0.25	strong 0.25
hùng_vĩ	imposing 1
hú	howl 1
hú_hoạ	casually 0.3333	chance 0.1667	haphazard 0.3333	mere 0.1667
hú_hí	amuse 0.5	enjoy 0.5
hú_hồn	back 0.3333	call 0.3333	consciousness 0.3333
hú_tim	hide 0.5	seek 0.5
hú_viá	close 0.3333	shave 0.3333	what 0.3333
húc	butt 0.3333	collide 0.3333	run 0.3333
húng	basil 1
húng_hắng	cough 0.5	dry 0.5
húng_liù	flavouring 0.5	powder 0.5
húng_quế	basil 0.5	thai 0.5
húng_tây	thyme 1
húp	drink 1
hút	absord 0.1667	attract 0.1667	inhale 0.3333	suck 0.1667	up 0.1667
hút_buị	cleaner 0.5	vacuum 0.5
hút_maú	bleed 0.5	white 0.5
hút_thuốc	smoke 1
hút_xách	addict 0.25	opium 0.5	smoke 0.25
hý_hoạ	caricature 0.5	cartoon 0.5
hý_trường	amphitheater 1
hăm	intimidate 0.5	threaten 0.5
hăm_doạ	intimidate 1
hăm_he	show 0.25	truculence 0.25	truculent 0.5
hăm_hở	fervour 0.5	zeal 0.5
hăng	acrid 0.3333	fresh 0.3333	frisky 0.3333
hăng_haí	ardent 0.3333	fervent 0.3333	fiery 0.3333
hăng_say	dedicated 0.25	engrossed 0.5	utterly 0.25
hđnd	council 0.5	people's 0.5
hĩm	child's 0.1667	chit 0.1667	girl 0.1667	little 0.1667	tiny 0.1667	vulva 0.1667
hũ	jar 1
hũm	puddle 1
hơ	dry 1
hơ_hớ	bloom 0.5	youth 0.5
hơi	air 0.25	gas 0.25	steam 0.5
hơi_dâu	use 0.5	what 0.5
hơi_hướng	relation 0.25	remote 0.25	smell 0.5
hơi_men	alcohol 0.3333	bouquet 0.3333	heady 0.3333
hơi_ngạt	asphyxiating 0.5	gas 0.5
hơi_nước	steam 1
hơi_sức	force 1
hơi_thuốc	smoke 1
hơi_thở	breath 0.5	respiration 0.5
hơi_đồng	gold 0.5	money 0.5
hơi_độc	gas 0.5	noxious 0.25	toxic 0.25
hơn	above 0.2	better 0.2	more 0.4	than 0.2
hơn_hẳn	far 1
hơn_hớn	glowing 0.5	happiness 0.25	pleasure 0.25
hơn_là	rather 1
hơn_nưã	moreover 1
hơn_thiệt	cons 0.5	pros 0.5
hơn_thua	lose 0.5	win 0.5
hơn_thế_nưã	further 0.5	furthermore 0.5
hơì	cheap 0.5	inexpensive 0.5
hơĩ	dear 0.5	oh 0.5
hơĩ_ôi	alas 1
hơỉ	satisfy 1
hơị	branch 0.3333	earthly 0.3333	twelfth 0.3333
hư	corrupt 0.1429	decayed 0.1429	false 0.1429	rotten 0.1429	spoiled 0.1429	unreal 0.1429	vain 0.1429
hư_aỏ	illusory 0.5	unreal 0.5
hư_câú	fictitious 0.25	fictive 0.25	imagine 0.25	invent 0.25
hư_danh	vainglory 1
hư_haị	damaged 0.5	ruin 0.5
hư_hèn	base 0.5	shamelessly 0.5
hư_không	empty 0.3333	nil 0.3333	vain 0.3333
hư_phí	waste 1
hư_số	abstract 0.5	number 0.5
hư_thân	bad 0.25	mannered 0.25	spoiled 0.5
hư_truyền	legendary 1
hư_trương	display 0.5	off 0.25	show 0.25
hư_từ	formal 0.5	word 0.5
hư_vinh	emptyhonour 0.5	glogy 0.25	illusory 0.25
hư_vô	nihility 0.3333	nil 0.3333	nothingness 0.3333
hư_văn	empty 0.1	high 0.06667	impractical 0.3	literature 0.2667	rites 0.1	rituals 0.1	sounding 0.06667
hư_vị	nominal 0.5	position 0.5
hư_đơì	society 0.5	useless 0.5
hư_đốn	bad 0.3333	character 0.3333	turn 0.3333
hưng_binh	army 0.25	raise 0.5	troops 0.25
hưng_khơỉ	enthusiastic 0.25	feel 0.5	fired 0.25
hưng_phấn	excite 1
hưng_thịnh	prosperous 1
hưu_binh	cease 0.5	fire 0.5
hưu_bổng	pension 0.75	retirement 0.25
hưu_canh	fallow 1
hưu_chiến	armistice 0.3333	truce 0.6667
hưu_non	before 0.3333	retire 0.3333	time 0.3333
hưu_thẩm	vacation 1
hưu_trí	pension 0.5	retire 0.5
hưá	engage 0.5	promise 0.5
hưá_hôn	betroth 0.5	engage 0.5
hưá_hẹn	promise 1
hưũ	right 1
hưũ_aí	affection 0.1667	between 0.1667	fraternity 0.5	friends 0.1667
hưũ_cơ	organic 1
hưũ_dụng	serviceable 0.5	useful 0.5
hưũ_dực	flank 0.25	right 0.5	wing 0.25
hưũ_haỏ	friendly 1
hưũ_hiêụ	effective 1
hưũ_hình	form 0.1111	having 0.1111	tangible 0.3333	visible 0.4444
hưũ_hạn	limited 1
hưũ_khuynh	deviationistic 0.25	right 0.5	rightist 0.25
hưũ_nghị	friendly 0.6667	friendship 0.3333
hưũ_ngạn	bank 0.5	righr 0.5
hưũ_quan	concerned 1
hưũ_thanh	voiced 1
hưũ_trách	authorities 0.5	responsable 0.5
hưũ_tình	charming 1
hưũ_tính	sexual 1
hưũ_ích	useful 1
hưũ_ý	intentional 0.5	wilful 0.5
hương	fragrancy 0.3333	incense 0.3333	perfume 0.3333
hương_chính	administrative 0.3333	business 0.3333	village 0.3333
hương_chức	official 0.5	villag 0.5
hương_cảng	hong 0.5	kong 0.5
hương_dũng	regional 1
hương_hoa	flowers 0.3333	joss 0.3333	sticks 0.3333
hương_laõ	elders 0.5	village 0.5
hương_liêụ	condiment 0.5	spice 0.5
hương_lân	country 0.5	neighbour 0.5
hương_lưả	bliss 0.25	conjugal 0.5	love 0.25
hương_nhu	basil 0.5	holy 0.5
hương_quan	home 0.25	land 0.25	native 0.25	village 0.25
hương_sen	rose 0.5	shower 0.5
hương_sư	headmaster 0.5	village 0.5
hương_thôn	countryside 0.3333	hamlets 0.1667	villages 0.5
hương_thơm	fragrance 0.3333	perfume 0.3333	scent 0.3333
hương_trơì	beautiful 0.25	beauty 0.5	woman 0.25
hương_tục	custom 0.5	village 0.5
hương_vòng	coil 0.5	incense 0.5
hương_vị	aromatic 0.1667	flavour 0.1667	nose 0.3333	taste 0.3333
hương_án	incense 0.5	table 0.5
hương_đăng	worship 1
hương_ước	convention 0.25	regulation 0.25	village 0.5
hương_ẩm	feast 0.3333	post 0.3333	worship 0.3333
hươu	deer 0.5	stag 0.5
hươu_cao_cổ	giraffe 1
hươu_sao	deer 0.5	japanese 0.25	spotted 0.25
hướng	direction 0.6667	way 0.3333
hướng_bắc	north 1
hướng_direction	hand 1
hướng_dương	sunflower 0.5	turnsole 0.5
hướng_dẫn	conduct 0.3333	guide 0.3333	lead 0.3333
hướng_dẫn_viên	coach 0.5	guide 0.5
hướng_nam	south 1
hướng_nghiệp	guidance 0.5	vocational 0.5
hướng_ngã	introversive 1
hướng_thiện	good 0.5	inclined 0.5
hướng_tâm	centripetal 1
hướng_tây	west 1
hướng_về	bear 1
hướng_đaọ	guide 0.5	show 0.25	way 0.25
hướng_đaọ_sinh	boy 0.5	scout 0.5
hướng_đông	east 1
hướng_động	tropism 1
hưởng	enjoy 0.3333	inherit 0.3333	taste 0.3333
hưởng_lạc	hedonism 0.5	hedonistic 0.5
hưởng_thọ	live 1
hưởng_thụ	come 1
hưởng_ứng	answer 0.3333	echo 0.3333	respond 0.3333
hạ	abate 0.1667	decrease 0.1667	down 0.1667	lower 0.1667	summer 0.3333
hạ_bút	paper 0.3333	pen 0.3333	set 0.3333
hạ_bệ	topple 1
hạ_bộ	abdomen 0.3333	lower 0.3333	part 0.3333
hạ_cam	chancre 1
hạ_chí	solstice 0.5	summer 0.5
hạ_cánh	down 0.25	land 0.5	touch 0.25
hạ_cấp	class 0.25	lower 0.5	rank 0.25
hạ_cố	condescend 0.5	deign 0.5
hạ_cờ	flag 0.3333	lower 0.3333	national 0.3333
hạ_du	lowlands 1
hạ_giá	debase 0.5	lower 0.25	prices 0.25
hạ_giơí	world 1
hạ_giọng	down 0.5	speak 0.25	tone 0.25
hạ_huyền	last 0.3333	moon 0.3333	quarter 0.3333
hạ_hôì	see 0.5	we'll 0.5
hạ_lưu	classes 0.1667	lower 0.4167	section 0.25	social 0.1667
hạ_lịnh	command 0.5	order 0.5
hạ_màn	curtain 0.5	lower 0.5
hạ_mã	dismount 1
hạ_mình	condescend 0.5	demean 0.5
hạ_môn	xiamen 1
hạ_nang	scrotum 1
hạ_nghị_viện	commons 0.1667	house 0.5	lower 0.1667	representatives 0.1667
hạ_ngục	jail 0.5	throw 0.5
hạ_sách	action 0.1667	course 0.1667	solution 0.25	worse 0.4167
hạ_sát	kill 1
hạ_thuỷ	launch 1
hạ_thấp	humble 1
hạ_thủ	kill 1
hạ_tần	frequency 0.5	low 0.5
hạ_tầng	infrastructure 0.5	layer 0.25	lower 0.25
hạc	crane 0.5	longevity 0.5
hạch	bubo 0.2	demand 0.1	examine 0.2	gland 0.2	nucleus 0.2	satisfaction 0.1
hạch_bạch_huyết	lymph 0.5	node 0.5
hạch_lympho	lymph 0.5	node 0.5
hạch_nhân	nucleole 0.3333	nucleolus 0.6667
hạch_sách	insist 1
hạch_toán	account 0.1111	business 0.1111	financing 0.1111	keep 0.1111	non 0.1111	self 0.1667	state 0.1111	supporting 0.1667
hạm	battleship 1
hạm_trưởng	captain 0.5	warship's 0.5
hạm_đôị	fleet 1
hạn	drought 0.3333	limit 0.3333	term 0.3333
hạn_canh	day 0.5	farming 0.5
hạn_chế	bound 0.25	limit 0.25	restrain 0.25	restrictive 0.25
hạn_hán	drought 1
hạn_hẹp	limited 0.3333	narrow 0.3333	small 0.3333
hạn_mặn	drought 0.25	salinity 0.75
hạn_mức	limit 1
hạn_ngạch	limit 0.5	quota 0.5
hạn_định	limit 0.5	set 0.5
hạn_độ	degree 0.25	fixed 0.5	limit 0.25
hạng	category 0.25	class 0.25	kind 0.25	rank 0.25
hạng_bình	class 0.3333	honours 0.3333	second 0.3333
hạng_bốn_mươi	fortieth 1
hạng_mục	article 1
hạng_mục_công_trình	work 1
hạng_ngươì	kind 0.25	man 0.25	person 0.25	sort 0.25
hạng_thứ	degree 0.5	pass 0.5
hạng_ưu	class 0.3333	first 0.3333	honours 0.3333
hạnh	apricot 0.125	behaviour 0.25	conduct 0.25	good 0.125	nature 0.125	tree 0.125
hạnh_kiểm	behaviour 0.5	conduct 0.5
hạnh_ngộ	encounter 0.5	lucky 0.5
hạnh_nhân	almond 1
hạnh_phúc	happiness 0.6667	happy 0.3333
hạnh_đaò	almond 1
hạp	agree 0.5	suit 0.5
hạt	corn 0.3333	grain 0.3333	seed 0.3333
hạt_caỉ_dâù	rapeseed 1
hạt_cà_phê	coffee 1
hạt_dẻ	chesnut 0.25	chestnut 0.25	maroon 0.25	pistachio 0.25
hạt_giống	seed 1
hạt_lệ	tears 1
hạt_nhân	nuclear 1
hạt_nhục_đâụ_khâú	nutmeg 1
hạt_phỉ	hazelnut 1
hạt_tiêu	pepper 0.5	peppercorn 0.5
hạt_trai	pearl 1
hạt_vừng	sesame 1
hạt_đaò_lộn_hột	cashew 0.5	nut 0.5
hạt_điêù	cashew 0.5	nut 0.5
hạt_điêù_maù	annatto 1
hả	aren't 0.1667	content 0.1667	huh 0.1667	isn't 0.1667	open 0.1667	satisfied 0.1667
hả_dạ	content 0.5	heart's 0.5
hả_giận	anger 0.5	way 0.5
hả_hê	content 0.1667	fullest 0.1667	heart 0.1667	satiety 0.5
hả_hơi	flavour 0.1667	lose 0.5	perfume 0.1667	scent 0.1667
hấp	absorb 0.1667	braise 0.1667	clean 0.08333	curse 0.1667	dry 0.08333	inhale 0.1667	steam 0.1667
hấp_dẫn	atractive 0.5	attract 0.5
hấp_dẫn_tình_dục	appeal 0.5	sex 0.5
hấp_haý	tic 0.5	winking 0.5
hấp_him	close 0.5	half 0.5
hấp_hôí	die 0.5	moribund 0.5
hấp_hơi	close 0.5	stuffy 0.5
hấp_thu	absorb 0.5	in 0.25	take 0.25
hấp_thụ	absorb 0.3333	imbibe 0.3333	receive 0.3333
hấp_tấp	hasty 0.5	hurried 0.5
hất	fling 0.3333	push 0.3333	throw 0.3333
hất_cẳng	supplant 1
hất_huỉ	neglect 1
hất_hàm	chin 0.3333	jerk 0.3333	up 0.3333
hất_hâụ	kick 1
hất_nhưạ_thơm	myrrh 1
hầm	braise 0.1667	cellar 0.1667	simmer 0.1667	stew 0.1667	trench 0.1667	vault 0.1667
hầm_haò	shelters 0.5	trenches 0.5
hầm_hơi	air 0.1667	stifling 0.3333	tight 0.1667	unaired 0.3333
hầm_hập	burning 0.1667	fever 0.3333	hot 0.3333	stiflingly 0.1667
hầm_lò	pit 1
hầm_mỏ	mine 1
hầm_mộ	catacomb 1
hầm_trú_ẩn	dug 0.25	out 0.25	pit 0.25	shelter 0.25
hẩm	nusty 1
hẩm_hiu	unfortune 0.5	unlucky 0.5
hẫng	abruptly 0.25	end 0.25	false 0.25	step 0.25
hậm_hoẹ	look 0.5	threatening 0.25	truculent 0.25
hậm_hực	anger 0.3333	burst 0.3333	suppressed 0.3333
hận	hatred 0.3333	raueour 0.3333	resentment 0.3333
hận_thù	feud 1
hập	stifling 1
hắc	black 0.75	pungent 0.25
hắc_bạch	black 0.25	right 0.25	white 0.25	wrong 0.25
hắc_hà	heihe 1
hắc_laò	ringworm 1
hắc_long_giang	amur 0.5	heilongjiang 0.5
hắc_thổ	chernozem 1
hắc_vận	lot 0.5	unlucky 0.5
hắc_ám	blackest 0.25	deepest 0.25	dye 0.5
hắc_ín	tar 1
hắn	he 0.6667	him 0.3333
hắn_ta	bloke 0.5	fellow 0.5
hắt	aitch 0.3333	desh 0.3333	throw 0.3333
hắt_hiu	blow 0.25	flicker 0.5	gently 0.25
hắt_huỉ	neglect 1
hắt_hơi	sneeze 1
hắt_xì	achoo 1
hằm_hè	angrity 0.5	spoiling 0.5
hằm_hằm	angry 0.5	furious 0.5
hằn	trace 1
hằn_học	bear 0.5	grudge 0.5
hằng	always 0.25	ganges 0.25	moon 0.25	often 0.25
hằng_hà_sa_số	countless 0.5	numberless 0.5
hằng_lượng	constant 1
hằng_nga	moon 0.5	phoebe 0.5
hằng_số	constant 1
hằng_số_planck	constant 0.5	planck's 0.5
hằng_tinh	fixed 0.5	star 0.5
hằng_tâm	generous 0.25	heart 0.25	kind 0.5
hằng_đẳng_thức	identity 1
hẳn	certainly 0.25	completely 0.25	good 0.25	surely 0.25
hẳn_hoì	proper 0.5	thorough 0.5
hẳn_là	certainly 0.25	enough 0.5	surely 0.25
hặc	criticize 0.5	fault 0.25	find 0.25
hẹ	chive 0.1667	garlic 0.1667	scallion 0.3333	shallot 0.3333
hẹn	appoint 0.25	date 0.5	promise 0.25
hẹn_gặp	date 1
hẹn_hò	date 1
hẹn_ước	promise 1
hẹp	confined 0.25	narrow 0.5	strait 0.25
hẹp_bụng	minded 0.25	narrow 0.75
hẹp_lượng	illiberal 0.5	ungenerous 0.5
hẻm	alley 0.5	lane 0.5
hếch	lift 0.25	raise 0.5	up 0.25
hếch_hoác	gaping 1
hếch_mồm	gape 1
hến	mussel 1
hết	come 0.125	end 0.375	expire 0.25	finish 0.25
hết_cách	all 0.1111	every 0.1111	exhauted 0.1111	left 0.1111	means 0.1111	resources 0.1111	stone 0.1111	tried 0.1111	unturned 0.1111
hết_cả	all 0.4167	exception 0.1667	sundry 0.25	without 0.1667
hết_hơi	breath 0.5	lose 0.5
hết_hạng	go 0.5	out 0.5
hết_hồn	out 0.5	wets 0.5
hết_lòng	all 0.25	heart 0.25	heartily 0.5
hết_lơì	argument 0.25	exhaust 0.25	finish 0.25	speaking 0.25
hết_lẽ	arguments 0.5	exhaust 0.5
hết_mực	outstandinglly 1
hết_nhẵn	clean 0.5	out 0.5
hết_raó	completely 0.5	out 0.5
hết_sạch	clean 0.5	out 0.5
hết_sức	extremely 0.6667	very 0.3333
hết_thaỷ	all 0.75	sundry 0.25
hết_thơì	day 1
hết_viá	death 0.5	frightened 0.5
hết_ý	excessively 0.5	mightily 0.5
hết_đơì	dead 0.5	gone 0.5
hề	clown 0.5	funny 0.25	man 0.25
hề_chi	matter 1
hề_hề	broadly 0.5	grin 0.5
hềnh_hệch	artlessly 0.25	naively 0.25	smile 0.5
hể_hả	content 0.5	satisfied 0.5
hểnh	bridle 0.5	head 0.1667	hold 0.1667	up 0.1667
hễ	if 0.5	whenever 0.5
hễ_mà	if 1
hệ	branch 0.5	system 0.5
hệ_luận	corollary 1
hệ_luỵ	family 0.25	social 0.25	ties 0.5
hệ_mặt_trơì	solar 0.5	system 0.5
hệ_ngôn_ngữ	family 0.5	language 0.5
hệ_quả	consequence 1
hệ_sinh_thaí	ecosystem 1
hệ_số	coefficient 1
hệ_thống	chanel 0.2	net 0.2	network 0.2	system 0.4
hệ_thống_hoá	systematize 1
hệ_tiêu_hoá	digestion 1
hệ_trọng	capital 0.3333	important 0.3333	vital 0.3333
hệ_từ	copula 1
hệ_điêù_hành	operating 0.5	system 0.5
hệch	gape 1
hệt	like 0.3333	peas 0.3333	two 0.3333
hỉ	blow 0.5	happy 0.25	occasion 0.25
hỉ_muĩ	blow 0.5	nose 0.5
hỉ_nọ	anger 0.5	joy 0.5
hỉ_nự	happy 0.5	occasion 0.5
hỉ_sắc	happy 0.5	look 0.5
hỉ_sự	happy 0.25	occasion 0.25	wedding 0.5
hỉ_tín	happy 0.5	news 0.5
hỉ_xả	gladly 0.3333	readily 0.3333	sacrifice 0.3333
hỉnh	turn 0.5	up 0.5
hịch	proclamation 1
họ	family 0.1	last 0.1	name 0.2	surname 0.2	they 0.2	tontine 0.2
họ_hàng	relation 0.3333	relative 0.3333	relatives 0.3333
họ_ngoaị	blood 0.1111	descent 0.1111	distaff 0.1111	life 0.1111	relations 0.2222	side 0.1111	wife's 0.2222
họ_nôị	blood 0.1667	hushand's 0.1667	relations 0.3333	side 0.1667	spear 0.1667
họ_sen	lotus 1
họ_sóc	squirrel 1
họ_đaọ	parish 1
học	learn 0.2857	logy 0.1429	read 0.2857	study 0.2857
học_bạ	report 0.5	school 0.5
học_bổng	scholarship 1
học_chính	education 0.5	service 0.5
học_cụ	aid 0.25	implement 0.25	teaching 0.5
học_gaọ	bone 0.25	mug 0.25	up 0.5
học_giả	learned 0.1667	litery 0.1667	man 0.3333	scholar 0.3333
học_hiêụ	school 1
học_hoỉ	inquire 0.3333	investigate 0.3333	learn 0.3333
học_hàm	rank 0.3333	teacher's 0.3333	university 0.3333
học_hành	learn 0.5	study 0.5
học_khoá	curriculum 0.5	period 0.5
học_kỳ	semester 1
học_lỏm	pick 0.5	up 0.5
học_lực	capacity 1
học_mót	bits 0.3333	learn 0.3333	pieces 0.3333
học_phaí	school 0.75	thought 0.25
học_phiệt	autocrat 0.5	scholar 0.5
học_phí	fees 0.5	school 0.5
học_quan	education 0.5	official 0.5
học_sinh	pupil 0.25	pupils 0.125	schoolboy 0.125	schoolgirl 0.125	student 0.25	students 0.125
học_thuyết	doctrine 0.5	teaching 0.5
học_thuật	learning 1
học_thức	knowledge 0.5	learning 0.5
học_trò	boy 0.125	girl 0.125	pupil 0.5	school 0.25
học_tập	drill 0.1667	follow 0.08333	learn 0.25	steps 0.08333	study 0.25	train 0.1667
học_viên	trainee 1
học_viện	academy 0.6667	institute 0.3333
học_vấn	culture 0.5	knowledge 0.5
học_vần	primer 0.5	syllabary 0.5
học_vị	degree 0.2778	diploma 0.1111	education 0.1111	post 0.1111	university 0.2778	universityu 0.1111
học_xá	dormitory 1
học_ôn	review 0.5	revise 0.5
học_đoì	ape 1
học_đường	school 1
họng	throat 1
họp	convene 0.3333	gather 0.3333	meet 0.3333
họp_baó	conference 0.5	press 0.5
họp_hành	gather 0.5	meet 0.5
họp_mặt	together 1
hỏm	sunken 1
hỏn	pink 1
hỏn_hẻn	shy 0.5	smile 0.5
hỏng	break 0.125	down 0.125	examination 0.125	fail 0.375	miss 0.25
hỏng_bét	dogs 0.25	gone 0.25	unsuccessful 0.25	utterly 0.25
hỏng_hóc	break 0.25	down 0.25	fail 0.5
hỏng_kiêủ	achieved 0.1667	all 0.1667	done 0.1667	nothing 0.3333	up 0.1667
hỏng_maý	breakdown 1
hỏng_ăn	eat 0.1667	fail 0.1667	gain 0.1667	given 0.1667	losses 0.1667	suffer 0.1667
hố	grave 0.3333	hole 0.3333	tomb 0.3333
hố_xí	latrine 1
hố_đen	black 0.5	hole 0.5
hốc	hallow 1
hốc_hác	gaunt 0.5	haggard 0.5
hốc_mắt	orbit 1
hốc_xì	all 0.25	gain 0.25	nothing 0.5
hống_hách	domineering 0.5	overbearing 0.5
hốt	coin 0.25	frightened 0.25	ivory 0.125	scoop 0.125	tablet 0.125	up 0.125
hốt_nhiên	all 0.5	sudden 0.5
hốt_thuốc	earn 0.1667	herbalist 0.1667	living 0.1667	prescription 0.25	up 0.25
hồ	glue 0.2857	hu 0.1429	lake 0.2143	mortar 0.1429	paste 0.07143	starch 0.1429
hồ_bơi	pool 0.5	swimming 0.5
hồ_bắc	hubei 1
hồ_chí_minh	oversea 0.5	vietnam 0.5
hồ_cầm	hu 0.25	huqin 0.5	violin 0.25
hồ_dễ	all 0.5	easy 0.5
hồ_hơỉ	cheerful 0.5	jovial 0.5
hồ_khâủ	earn 0.25	feed 0.1667	living 0.25	mouth 0.1667	own 0.1667
hồ_ly	fox 1
hồ_lì	croupier 1
hồ_lô	gourd 0.5	wine 0.5
hồ_lơ	apply 0.25	blue 0.75
hồ_lơ_laundry	blue 1
hồ_nam	hunan 1
hồ_nghi	discredit 0.5	doubt 0.5
hồ_quang	arc 1
hồ_sơ	file 0.3333	record 0.3333	roll 0.3333
hồ_thuỷ	blue 0.5	pale 0.5
hồ_thỉ	arrow 0.5	bow 0.5
hồ_tiêu	pepper 1
hồ_tắm	pool 0.5	swimming 0.5
hồ_điệp	butterfly 1
hồ_đồ	obscure 1
hồn	ghost 0.3333	soul 0.3333	spirit 0.3333
hồn_hâụ	righteous 0.5	upright 0.5
hồn_nhiên	natural 0.5	unaffected 0.5
hồn_phách	soul 0.6667	spirit 0.1667	vital 0.1667
hồn_thơ	inspiration 0.5	poetic 0.5
hồng	persimmon 0.3333	pink 0.3333	red 0.1667	rosy 0.1667
hồng_bì	wampee 1
hồng_bạch	rose 0.5	white 0.5
hồng_câù	corpuscle 0.1667	erythrocyte 0.6667	red 0.1667
hồng_haò	pink 0.5	ruddy 0.5
hồng_hạc	flamingo 1
hồng_hộc	throbbing 0.5	wildly 0.5
hồng_kông	hong 0.5	kong 0.5
hồng_lâu	abode 0.1111	girl's 0.1111	house 0.1667	palace 0.1111	pavillion 0.1111	pleasure 0.1667	red 0.1111	singsong 0.1111
hồng_mao	down 0.3333	goose 0.3333	wild 0.3333
hồng_ngoaị	infra 0.25	infrared 0.5	red 0.25
hồng_ngâm	japanese 0.3333	persimmon 0.3333	soaked 0.3333
hồng_ngọc	ruby 1
hồng_nhan	beautiful 0.5	girl 0.25	woman 0.25
hồng_nhung	rose 0.5	velvety 0.5
hồng_phúc	blessing 0.5	great 0.5
hồng_quân	army 0.25	heaven 0.5	red 0.25
hồng_quần	beautiful 0.1667	fair 0.3333	girl 0.1667	red 0.1667	trousers 0.1667
hồng_sắc	reddish 0.5	wood 0.5
hồng_thuỷ	deluge 0.5	flood 0.5
hồng_thập_tự	cross 0.5	red 0.5
hồng_tâm	bull's 0.5	eye 0.5
hồng_vận	fortune 0.25	good 0.5	luck 0.25
hồng_vệ_binh	hongweibing 1
hồng_xiêm	sapodila 0.5	sapodilla 0.5
hồng_y	cardinal 1
hồng_y_giaó_chủ	cardinal 1
hồng_đaò	coloured 0.25	peach 0.25	rosy 0.5
hồng_điêù	scarlet 1
hổ	tiger 1
hổ_caí	tigress 1
hổ_cốt	bone 0.5	tiger 0.5
hổ_khâủ	hand's 0.1667	mouth 0.25	radial 0.1667	side 0.1667	tiger's 0.25
hổ_lang	animals 0.1111	beasts 0.1667	cats 0.3333	ferocious 0.1667	fierce 0.1111	wild 0.1111
hổ_lốn	hotchpotch 0.25	like 0.25	miscellaneous 0.5
hổ_phách	amber 1
hổ_phù	anger 0.1667	bloated 0.1667	design 0.1667	face 0.1667	faced 0.1667	tiger 0.1667
hổ_thân	ashamed 0.5	condition 0.5
hổ_thẹn	ashamed 0.5	shameful 0.5
hổ_trướng	army 0.3333	commander's 0.3333	headquarters 0.3333
hổ_tương	interacting 0.3333	mutual 0.3333	reciprocal 0.3333
hổ_tướng	brave 0.3333	general 0.3333	strong 0.3333
hổn_hển	panting 1
hổng	gaping 0.3333	gaps 0.1667	having 0.1667	hollow 0.3333
hổng_hểnh	exposed 0.3333	full 0.1667	gaping 0.1667	gaps 0.1667	widely 0.1667
hổng_trôn	bottomless 1
hỗ_trợ	another 0.07143	assist 0.2857	assistance 0.1429	help 0.3571	support 0.1429
hỗ_trợ_khách_hàng	customer 0.5	support 0.5
hỗn	impertinent 0.3333	impudent 0.3333	saucy 0.3333
hỗn_chiến	battle 0.1667	dog 0.1667	engage 0.3333	fight 0.1667	royal 0.1667
hỗn_haò	cheeky 0.3333	impertinent 0.3333	impudent 0.1667	saucy 0.1667
hỗn_hống	amalgam 1
hỗn_hợp	mix 1
hỗn_laó	impertinent 0.5	insolent 0.5
hỗn_loạn	chaos 0.3333	chaotic 0.3333	troublous 0.3333
hỗn_mang	misty 1
hỗn_nguyên	chaos 0.5	chaotic 0.5
hỗn_quân_hỗn_quan	all 0.4167	jumble 0.25	jumbled 0.1667	up 0.1667
hỗn_thực	omnivorous 1
hỗn_tạp	hodge 0.1111	jumbled 0.1667	like 0.2778	mishmash 0.1667	podge 0.1111	up 0.1667
hỗn_xược	arrogant 0.3333	insolent 0.3333	overbearing 0.3333
hỗn_độn	chaotic 0.5	confused 0.5
hộ_bộ	finance 0.5	ministry 0.5
hộ_chiêú	passport 1
hộ_dân	household 0.25	households 0.25	resident 0.25	residents 0.25
hộ_gia_đình	family 0.5	household 0.5
hộ_giá	bodyguard 0.25	escort 0.25	royal 0.5
hộ_khâủ	inhabitants 0.25	number 0.25	population 0.5
hộ_laị	registrar 0.5	village 0.5
hộ_lý	aid 0.5	nurse's 0.5
hộ_mệnh	tutelary 1
hộ_ngheò	household 0.25	households 0.25	poor 0.5
hộ_pháp	caodai 0.1111	colossus 0.3333	dignitary 0.1111	giant 0.3333	highest 0.1111
hộ_sinh	midwife 1
hộ_sĩ	nurse 1
hộ_thân	protection 0.5	seft 0.5
hộ_tịch	civil 0.5	status 0.5
hộ_tống	escort 1
hộ_vệ	guard 1
hộ_đê	dykes 0.5	maintain 0.5
hộc	dry 0.1667	measure 0.1667	unit 0.1667	vomit 0.5
hộc_hệch	broad 0.25	easy 0.25	going 0.25	minded 0.25
hộc_maú	blood 0.5	sweat 0.25	vomit 0.25
hộc_tốc	breathless 1
hộn	add 0.1667	balance 0.3333	mix 0.1667	up 0.3333
hộp	box 0.5	can 0.25	tin 0.25
hộp_bút	case 0.5	pencil 0.5
hộp_sọ	cranium 0.5	skull 0.5
hộp_số	box 0.5	gear 0.5
hộp_thư	box 0.3333	office 0.3333	post 0.3333
hộp_đen	black 0.5	box 0.5
hộp_đêm	cabaret 0.5	club 0.25	night 0.25
hộp_đựng_xà_phòng	dish 0.5	soap 0.5
hộp_đựng_xì_gà	case 0.5	cigarette 0.5
hột	seed 1
hột_cà_phê	coffee 1
hột_cơm	wart 1
hột_xoaì	chance 1
hột_xoàn	diamond 1
hớ	blunder 1
hớn_hở	gay 0.3333	merry 0.3333	radiant 0.3333
hớp	sip 1
hớt	clip 0.25	crop 0.25	cut 0.25	shear 0.25
hớt_haỉ	panic 0.75	stricken 0.25
hớt_leỏ	ingratiatingly 0.3333	tales 0.3333	tell 0.3333
hờ	aitch 0.3333	future 0.1111	keep 0.1111	reserved 0.3333	use 0.1111
hờ_hững	cool 0.3333	indifferent 0.3333	lukewarm 0.3333
hờn	resent 0.5	sulk 0.5
hờn_dôĩ	sulk 1
hờn_giận	sulks 1
hờn_hợt	glib 1
hờn_mát	mildly 0.5	sulk 0.5
hở	gaping 0.3333	open 0.3333	uncovered 0.3333
hở_hang	low 0.25	necked 0.25	scanty 0.5
hở_môi	lips 0.5	open 0.5
hở_ngực	low 0.5	necked 0.5
hở_sườn	expose 0.5	flank 0.5
hở_vai	de'collete 1
hợm	airs 1
hợp	accord 0.1429	answer 0.1429	conformable 0.1429	consistant 0.1429	fit 0.1429	suit 0.1429	suitable 0.1429
hợp_bang	confederation 1
hợp_baò	plasmodium 1
hợp_chất	compound 1
hợp_cách	regular 1
hợp_doanh	business 0.25	joint 0.25	share 0.25	venture 0.25
hợp_hiến	constitutional 1
hợp_kim	alloy 1
hợp_lí	logical 0.5	reasonable 0.5
hợp_lưu	confluence 1
hợp_lẽ_phaỉ	just 1
hợp_lệ	conform 0.25	regular 0.5	regulations 0.25
hợp_lực	efforts 0.25	forces 0.25	join 0.5
hợp_nhất	merge 0.5	unify 0.5
hợp_pháp	lawful 0.5	legal 0.5
hợp_pháp_hoá	legalise 0.5	legalize 0.5
hợp_phì	hefei 1
hợp_phần	component 0.5	constituent 0.5
hợp_quần	band 0.5	together 0.5
hợp_thiện	charity 1
hợp_thơì	fashionable 0.3333	opportune 0.3333	timely 0.3333
hợp_thức_hoá	regularize 1
hợp_tuyển	anthology 1
hợp_tác	co 0.1	collaborate 0.2	cooperate 0.2	cooperation 0.2	operate 0.1	partnership 0.2
hợp_tác_hoá	co 0.3333	opertatives 0.3333	organize 0.3333
hợp_tác_xã	co 0.5	operative 0.5
hợp_tử	zygote 1
hợp_xướng	chorus 0.8333	sing 0.1667
hợp_âm	accord 1
hợp_ý	agree 0.1111	desire 0.1667	everything 0.1111	fulfil 0.1667	fully 0.1111	meet 0.1667	wish 0.1667
hợp_đồng	contract 1
hụ	hot 0.5	sound 0.5
hục	addict 1
hục_hặc	cross 0.25	daggers 0.25	drawn 0.25	purposes 0.25
hụm	mouthful 0.5	sip 0.5
hụp	dive 0.3333	under 0.3333	water 0.3333
hụp_lặn	dive 1
hụt	deficent 0.25	miss 0.25	short 0.25	suiss 0.25
hủ	jar 1
hủ_baị	corrupt 0.5	degenerate 0.5
hủ_hoá	adultery 0.25	commit 0.25	degenerate 0.5
hủ_lâụ	fogyish 1
hủ_tục	customs 0.5	depraved 0.5
hủn_hoẳn	quite 1
hứ	hell 1
hứng	catch 0.1667	falling 0.1667	inspiration 0.5	object 0.1667
hứng_thú	amenity 0.3333	interest 0.3333	pleasant 0.3333
hứng_tình	aroused 1
hừ	damn 1
hừ_hừ	groan 1
hửng	begin 0.25	break 0.5	shine 0.25
hững	enthusiasm 0.1667	feeling 0.1667	inspiration 0.3333	pleasure 0.1667	uplifting 0.1667
hực	boiling 0.3333	scorching 0.3333	seething 0.3333
i	i 1
i_daì	wye 1
i_ngắn	i 1
i_tờ	first 0.5	lesson 0.5
ibuprofen	ibuprofen 1
iceland	iceland 1
ikebana	ikebana 1
im	calm 0.3333	quiet 0.3333	silent 0.3333
im_bặt	abruptly 0.3333	crying 0.3333	stop 0.3333
im_lìm	dormart 0.5	quiet 0.5
im_lặng	keep 0.1667	quiet 0.1667	silence 0.3333	sitence 0.3333
im_phăng_phắc	calm 0.25	dead 0.25	flat 0.25	silence 0.25
im_ả	calm 0.5	quiet 0.5
im_ỉm	silent 1
in	off 0.1667	print 0.6667	strike 0.1667
in_hệt	cast 0.1667	like 0.1667	mould 0.1667	peas 0.1667	same 0.1667	two 0.1667
in_maý	typography 1
in_tay	finger 0.5	prints 0.5
in_thử	slip 1
indi	indium 1
indianapolis	indianapolis 1
indonesia	indonesia 1
informal	name 0.5	what 0.25	what's 0.25
inh_oỉ	loud 0.3333	noisy 0.3333	tumultuous 0.3333
inh_tai	deafening 1
insulin	insulin 1
interlingua	interlingua 1
iot	iodine 1
iođ	iodine 1
iq	intelligence 0.5	quotient 0.5
iran	iran 1
ireland	ireland 1
iriđi	iridium 1
irkutsk	irkutsk 1
israel	israel 1
ittêri	hysteria 1
ixraen	israel 1
izhevsk	izhevsk 1
iả	defecate 0.5	go 0.25	stool 0.25
iả_chaỷ	diarrhoea 1
iả_vaò	care 0.5	damn 0.5
iả_đaí	mess 1
iốt	iodine 1
iủ	doughy 0.5	soggy 0.5
jackson	jackson 1
jakarta	jakarta 1
jamaica	jamaica 1
jammu_và_kashmir	jammu 0.5	kashmir 0.5
jeans	jeans 1
jerusalem	jerusalem 1
jesus	jesus 1
jlpt	jlpt 1
judo	judo 1
ka_ki	khaki 1
ka_li	potassium 1
kagawa	kagawa 1
kali	potassium 1
kaliningrad	kaliningrad 1
kamchatka	kamchatka 1
kana	kana 1
kanazawa	kanazawa 1
kangaroo	kangaroo 1
karaoke	karaoke 1
karnataka	karnataka 1
katakana	katakana 1
kathmandu	kathmandu 1
kathoey	kathoey 1
katoey	kathoey 1
kavkaz	caucasus 1
kazakhstan	kazakhstan 1
kazan	kazan 1
ke	duck 0.3333	quay 0.6667
kem	cream 0.6667	ice 0.3333
kem_chua	cream 0.5	sour 0.5
kem_mứt	sundae 1
kem_đánh_răng	toothpaste 1
kemerovo	kemerovo 1
ken	caulk 0.2	close 0.1	fill 0.2	fisted 0.1	stingy 0.2	stop 0.2
keng	clang 0.5	keng 0.5
kenvin	kelvin 1
kenya	kenya 1
keo	glue 1
keo_bẩn	stingy 1
keo_kiệt	miserly 0.5	stingy 0.5
keo_ong	propolis 1
keo_sơn	fast 1
keò	horn 1
keò_cò	importune 1
keò_keọ	plaguy 1
keó	pull 0.3333	scissors 0.3333	strain 0.1667	tug 0.1667
keó_bè	form 0.5	party 0.5
keó_bộ	distance 0.3333	foot 0.3333	long 0.3333
keó_co	drag 0.5	tug 0.25	war 0.25
keó_câỳ	hard 0.1667	moil 0.1667	plough 0.1667	pull 0.1667	toil 0.1667	work 0.1667
keó_căng	extensive 1
keó_cưa	drag 1
keó_cờ	flag 0.5	hoist 0.5
keó_daì	abide 0.25	drag 0.25	lengthen 0.25	stretch 0.25
keó_gỗ	snore 1
keó_lê	drag 1
keó_lươí	draw 0.3333	net 0.3333	up 0.3333
keó_theo	bring 1
keọ	candy 0.4	caramel 0.2	sweet 0.2	sweetmeat 0.2
keọ_bánh	confections 0.5	sweets 0.5
keọ_bông	candy 0.5	floss 0.5
keọ_bơ_cứng	toffee 1
keọ_cao_su	chewing 0.5	gum 0.5
keọ_caramen	caramel 1
keọ_deỏ	marshmallow 1
keọ_mứt	confections 0.5	preserves 0.5
keọ_socola	chocolate 1
keọ_sôcôla	chocolate 1
keỏ	else 0.3333	if 0.3333	otherwise 0.3333
keỏ_nưã	eventually 0.25	if 0.5	result 0.25
kha_khá	enough 1
khabarovsk	khabarovsk 1
khai	declare 1
khai_baó	confess 0.5	inform 0.5
khai_chiến	declare 0.5	war 0.5
khai_căn	extract 0.5	root 0.5
khai_giảng	begin 0.3333	new 0.3333	term 0.3333
khai_hoa	bloom 0.25	delivered 0.5	flower 0.25
khai_hoang	land 0.1667	reclain 0.3333	soil 0.1667	virgin 0.1667	waste 0.1667
khai_hoá	civilise 0.5	civilize 0.5
khai_hoả	fire 0.5	open 0.5
khai_huyệt	dig 0.5	grave 0.5
khai_hôị	discussion 0.5	meet 0.5
khai_khoáng	mine 0.5	ores 0.5
khai_khâủ	mouth 0.5	open 0.5
khai_khẩn	break 0.3333	fresh 0.3333	ground 0.3333
khai_maò	begin 0.3333	open 0.3333	start 0.3333
khai_mạc	curtain 0.25	open 0.5	raise 0.25
khai_mỏ	mine 1
khai_sanh	birth 0.5	notify 0.5
khai_sinh	birth 0.1667	father 0.3333	found 0.3333	register 0.1667
khai_sáng	found 1
khai_sơn	develop 1
khai_thác	develope 0.5	exploit 0.5
khai_thông	clear 0.5	free 0.25	obstruction 0.25
khai_triển	develop 1
khai_trương	open 0.5	shop 0.5
khai_trừ	exclude 0.5	expel 0.5
khai_tâm	alphabet 0.1667	begin 0.1667	initiate 0.5	teaching 0.1667
khai_tử	death 0.5	notify 0.5
khai_vị	act 0.5	aperitif 0.5
kham	bear 0.5	endure 0.5
kham_khổ	austere 0.5	hard 0.5
khan	hoarse 0.25	husky 0.25	khan 0.25	raucous 0.25
khan_hiếm	rare 0.5	scarcie 0.5
khang_an	good 0.1667	health 0.1667	safe 0.25	security 0.1667	sound 0.25
khang_cường	good 0.25	wealth 0.25	well 0.5
khang_trang	spacious 0.5	vast 0.5
khanh	favourite 0.5	subject 0.5
khanh_khách	pealing 1
khao	feast 1
khao_khát	crave 0.3333	long 0.3333	thirst 0.3333
khao_nhà_mơí	house 0.5	warming 0.5
khao_thưởng	feast 0.5	reward 0.5
kharkiv	kharkiv 1
khau	bucket 1
khay	tray 1
khay_đèn	opium 0.5	set 0.25	tray 0.25
khaí	tiger 1
khaí_huyết	blood 0.3333	cough 0.3333	up 0.3333
khaí_luận	outline 1
khaí_niệm	concept 0.25	conception 0.25	notion 0.5
khaí_niệm_hoá	conceptualisation 1
khaí_quát	generalize 1
khaí_quát_hoá	generalize 1
khaú	pretty 1
khaý	hint 0.5	tease 0.5
khaỉ_ca	hymn 0.25	paean 0.5	triumphal 0.25
khaỉ_hoàn	return 0.5	triumphal 0.5
khaỉ_hoàn_ca	paean 0.5	song 0.25	triumph 0.25
khaỉ_hoàn_môn	arch 0.5	triumphal 0.5
khaỏ	extort 0.5	torture 0.5
khaỏ_chứng	check 0.5	evidence 0.5
khaỏ_cuả	extort 0.5	money 0.5
khaỏ_cưú	study 1
khaỏ_cổ	antiquities 0.5	study 0.5
khaỏ_cổ_học	archaeology 1
khaỏ_hạch	test 1
khaỏ_nghiệm	experiment 0.5	test 0.5
khaỏ_quan	examiner 1
khaỏ_sát	inspect 0.25	investigate 0.25	survey 0.25	visit 0.25
khaỏ_thí	examinations 1
khaỏ_tra	investigate 1
khaỏ_vấn	closely 0.5	question 0.5
khaỏ_đính	revise 1
khe	chink 0.3333	interstice 0.3333	slit 0.3333
khe_khắt	austere 0.5	severe 0.5
khen	congratulate 0.5	praise 0.5
khen_ngơị	command 0.3333	praise 0.6667
khen_thưởng	award 0.25	commend 0.375	reward 0.375
kheo	ham 1
kheo_khư	thin 0.5	weak 0.5
kheó	clever 0.3333	dexterous 0.3333	skilful 0.3333
kheó_khỉ	naughty 1
kheó_leó	ably 1
kheó_noí	good 0.5	talker 0.5
kheó_tay	dextrous 0.3333	fingered 0.1667	hands 0.1667	light 0.1667	skilful 0.1667
kheó_xoay	gumption 0.5	resourceful 0.5
khi	case 0.1429	despise 0.1429	slight 0.1429	time 0.1429	when 0.2857	while 0.1429
khi_khu	bumpy 0.5	uneven 0.5
khi_không	accident 0.5	chance 0.5
khi_mạn	slight 1
khi_naò	never 0.3333	when 0.6667
khi_nên	fortune 0.3333	smiles 0.3333	when 0.3333
khi_quân	king 0.5	slight 0.5
khi_trá	liar 1
khi_trước	before 0.5	formerly 0.5
khi_âý	then 1
khinh	despise 0.3333	disdain 0.3333	scorn 0.3333
khinh_binh	infantry 0.5	light 0.5
khinh_bạc	thoughtless 1
khinh_bỉ	slight 1
khinh_dể	contempt 0.25	feel 0.25	scorn 0.5
khinh_hạm	boat 0.5	vedette 0.5
khinh_khí	hydrogen 1
khinh_khí_câù	airship 0.5	balloon 0.5
khinh_khí_obsolete	hydrogen 1
khinh_khỉnh	disdainful 0.5	supercilious 0.5
khinh_miệt	little 0.3333	scorn 0.3333	think 0.3333
khinh_nhờn	disrespect 0.5	show 0.5
khinh_suất	brained 0.25	hare 0.25	rash 0.5
khinh_taì	despise 0.5	riches 0.25	wealth 0.25
khinh_thường	contempt 0.25	despise 0.5	feel 0.25
khinh_thị	despise 0.5	little 0.25	think 0.25
khinh_trọng	heavy 0.25	inportant 0.5	light 0.25
khiá	angle 1
khiá_cạnh	angle 1
khiêm	unassuming 1
khiêm_nhường	humble 0.5	modest 0.5
khiêm_nhượng	effacing 0.25	self 0.25	unassuming 0.5
khiêm_tốn	humble 0.3333	modest 0.6667
khiên	shield 1
khiên_cưỡng	foreced 1
khiêng	carry 1
khiêng_vác	carry 0.5	shoulders 0.5
khiêu_chiến	pick 0.1667	provocations 0.1111	provoke 0.1667	quarrel 0.1667	stage 0.1111	war 0.2778
khiêu_dâm	sexual 0.25	sexy 0.5	stimulate 0.25
khiêu_khích	arouse 0.5	provoke 0.5
khiêu_vũ	dance 1
khiêú	gift 0.3333	instinct 0.3333	talent 0.3333
khiêú_naị	complain 0.6667	complaint 0.3333
khiêú_oan	claim 0.5	innocence 0.5
khiêú_tố	complaint 0.5	lodge 0.5
khiú	stich 0.5	summarily 0.5
khiếm_diện	absent 1
khiếm_khuyết	shortcoming 1
khiếm_nhã	impolite 0.5	uncivil 0.5
khiến	bid 0.5	order 0.5
khiếp	afraid 0.3333	dread 0.3333	fear 0.3333
khiếp_nhược	cowardly 1
khiếp_sợ	horrified 0.5	terrified 0.5
khiếp_đảm	death 0.5	frightened 0.5
khiền	chide 0.5	scold 0.5
khiển_muộn	dispel 0.5	sorrow 0.5
khiển_trách	blame 0.3333	chide 0.3333	reprimand 0.3333
khiễng	limp 1
khmer_đỏ	khmer 0.5	rouge 0.5
kho	brine 0.1	cook 0.1	depository 0.2	depot 0.2	store 0.2	warehouse 0.2
kho_baú	treasure 1
kho_bạc	treasury 1
kho_tàng	treasure 1
khoa_baò_chế	pharmacy 1
khoa_bảng	competition 0.5	examinations 0.5
khoa_hoạn	graduation 0.5	mandarinhood 0.5
khoa_học	science 0.6667	scientific 0.3333
khoa_học_luận	epistemology 1
khoa_học_tự_nhiên	natural 0.5	science 0.5
khoa_mắt	ophthalmology 1
khoa_nghiên_cưú_chim	ornithology 1
khoa_ngoaị_giao	diplomacy 1
khoa_tai_muĩ_họng	otorhinolaryngology 1
khoa_tim	cardiology 1
khoa_tiết_niêụ	urology 1
khoa_trương	boast 0.5	brag 0.5
khoa_trường	competition 0.5	examinations 0.5
khoa_trưởng	department 0.3333	head 0.3333	university 0.3333
khoa_đaị	boast 0.5	vaunt 0.5
khoai	potato 0.75	sweet 0.25
khoai_dong	arrowroot 1
khoai_lang	batata 0.3333	potato 0.3333	sweet 0.3333
khoai_mì	cassava 1
khoai_môn	indian 0.25	taro 0.75
khoai_nưa	amorfophallus 1
khoai_nước	taro 0.5	water 0.5
khoai_riềng	canna 0.5	edible 0.5
khoai_sáp	big 0.3333	rooted 0.3333	taro 0.3333
khoai_sắn	cassava 1
khoai_sọ	taro 1
khoai_tây	potato 1
khoai_tây_chiên	french 0.5	fries 0.5
khoai_từ	edible 0.5	yam 0.5
khoai_vạc	winged 0.5	yam 0.5
khoai_đao	canna 0.5	edible 0.5
khoan	bore 0.2	borer 0.2	brace 0.2	drill 0.2	perforate 0.2
khoan_dung	lenient 0.5	tolerant 0.5
khoan_hoà	generous 0.5	kind 0.5
khoan_hâụ	generous 0.5	magnanimous 0.5
khoan_hồng	clement 1
khoan_khoaí	ease 1
khoan_nhượng	compromise 1
khoan_tay	easy 1
khoan_thai	bisurely 0.5	deliberate 0.5
khoan_thứ	forgive 0.5	tolerate 0.5
khoan_đaĩ	kindly 0.5	treat 0.5
khoang	hold 1
khoang_nhạc	orchestra 0.25	pit 0.75
khoanh	coil 0.3333	curl 0.3333	slice 0.3333
khoanh_tay	arms 0.5	fold 0.5
khoaí	joyful 0.3333	pleased 0.3333	satisfied 0.3333
khoaí_chí	overjoyed 1
khoaí_cảm	feeling 0.5	pleasant 0.5
khoaí_hoạt	braced 0.1667	enlivened 0.3333	freshened 0.3333	up 0.1667
khoaí_lạc	delight 0.5	pleasure 0.5
khoaí_trá	delighted 1
khoaý	cowlick 1
khoe	boast 0.3333	brag 0.3333	off 0.1667	show 0.1667
khoe_khoang	boast 0.3333	brag 0.3333	off 0.1667	show 0.1667
khoe_mẽ	off 0.5	show 0.5
khom	bend 0.5	bow 0.5
khoá	buckle 0.125	close 0.125	key 0.25	lock 0.3125	off 0.0625	padlock 0.0625	turn 0.0625
khoá_chữ	combination 0.5	lock 0.5
khoá_cuả_âm_nhạc	clef 1
khoá_học	course 1
khoá_keó	fastener 0.25	zip 0.5	zipper 0.25
khoá_luận	graduation 0.25	minor 0.25	paper 0.25	thesis 0.25
khoá_miệng	gag 0.5	muzzle 0.5
khoá_tay	cuff 0.25	hammer 0.25	hand 0.25	lock 0.25
khoá_x	tenth 1
khoác	put 0.5	sandwich 0.5
khoác_lác	boast 0.5	brag 0.5
khoán	hire 0.25	piece 0.25	promise 0.25	written 0.25
khoán_trắng	blank 0.25	cheque 0.25	entirely 0.25	leave 0.25
khoáng	mineral 1
khoáng_chất	mineral 1
khoáng_dã	country 0.5	open 0.5
khoáng_dật	leisured 1
khoáng_hoá	mineralize 1
khoáng_sản	mineral 0.5	minerals 0.5
khoáng_vật	mineral 1
khoáng_vật_học	mineralogy 1
khoáng_đãng	large 0.1111	liberal 0.1111	minded 0.2778	open 0.1667	roomy 0.1111	ventilated 0.1111	well 0.1111
khoáng_đạt	free 1
khoát	beckon 0.3333	wave 0.3333	width 0.3333
khoát_đạt	minded 0.5	open 0.5
khoé	angle 0.25	canthus 0.25	corner 0.25	trick 0.25
khoét	bore 0.3333	broach 0.3333	pierce 0.3333
khoí	smoke 1
khoăm	bent 0.1667	crooked 0.3333	hooked 0.3333	slightly 0.1667
khoả	dip 0.5	move 0.5
khoả_thân	naked 0.5	nude 0.5
khoản	article 0.3333	item 0.3333	term 0.3333
khoản_đaĩ	entertain 1
khoảng	about 0.1429	approximately 0.1429	compass 0.1429	distance 0.1429	interval 0.1429	space 0.2857
khoảng_chừng	about 0.6667	approximately 0.3333
khoảng_cách	distance 0.5	space 0.5
khoảng_cách_chữ	space 1
khoảng_khoát	commodious 1
khoảng_không	space 1
khoảng_rộng	expanse 1
khoảng_thơì_gian	interval 1
khoảng_trơì_riêng	space 1
khoảnh	centered 0.1	egocentric 0.2	plot 0.2	self 0.1	selfish 0.2	up 0.1	wrapped 0.1
khoảnh_khắc	instant 0.3333	moment 0.3333	short 0.1111	space 0.1111	time 0.1111
khoảnh_độc	cruel 1
khoắng	off 0.5	stir 0.5
khoằm	crooked 0.5	hooked 0.5
khoẻ	able 0.0625	big 0.125	hard 0.125	healthy 0.125	much 0.125	ok 0.125	stand 0.0625	strong 0.125	well 0.125
khoẻ_chứ	how 1
khoẻ_hơn	better 1
khoẻ_khoắn	hard 0.3333	healtly 0.3333	well 0.3333
khoẻ_mạnh	able 0.125	bodied 0.25	healthy 0.5	strong 0.125
khoỉ	health 0.5	recover 0.5
khrushchyov	khrushchev 1
khu	area 0.2	bottom 0.2	district 0.2	quarter 0.2	zone 0.2
khu_biệt	clear 0.5	distinction 0.5
khu_công_nghiệp	industrial 0.5	park 0.25	zone 0.25
khu_giaỉ_phóng	liberated 0.5	zone 0.5
khu_hệ	fauna 0.25	flora 0.25	regional 0.5
khu_phi_quân_sự	demilitarized 0.5	zone 0.5
khu_phố	quater 1
khu_taí_định_cư	area 0.25	resettlement 0.5	site 0.25
khu_trú	localize 1
khu_trục	fight 1
khu_trục_hạm	destroyer 1
khu_trừ	eliminate 1
khu_uỷ	committe 0.3333	party 0.3333	zone 0.3333
khu_vực	area 0.4	region 0.2	zone 0.4
khu_vực_đỗ_xe	lot 0.5	parking 0.5
khu_xử	arrange 0.5	settle 0.5
khu_đô_thị	area 0.4167	new 0.1667	urban 0.4167
khu_ổ_chuột	slum 1
khua	beat 0.5	strike 0.5
khui	unpack 1
khum	arched 0.2	bent 0.2	convex 0.2	curved 0.2	khum 0.2
khung	frame 1
khung_châụ	pelvis 1
khung_cưỉ	loom 0.75	weavin 0.25
khung_cảnh	framework 1
khung_gầm	chassis 1
khung_thành	goal 1
khuy	button 0.75	hole 0.25
khuy_bấm	fastener 0.25	press 0.25	snap 0.25	stud 0.25
khuy_tết	button 0.5	plaited 0.5
khuya	late 0.25	midnight 0.5	night 0.25
khuya_sớm	day 0.5	night 0.5
khuynh	inclined 1
khuynh_diệp	essential 0.3333	eucalyptus 0.3333	oil 0.3333
khuynh_gia_baị_sản	go 0.25	gogs 0.25	ruined 0.5
khuynh_hướng	bent 0.25	inclination 0.25	tendency 0.25	vocation 0.25
khuynh_thành	bewitching 1
khuynh_đaỏ	subvert 0.5	topple 0.5
khuyên	admonish 0.3333	advise 0.3333	recommend 0.3333
khuyên_baỏ	admonish 1
khuyên_can	dissuade 1
khuyên_giaó	collection 1
khuyên_giaỉ	console 0.5	solace 0.5
khuyên_nhủ	admonish 0.5	lovingly 0.5
khuyên_răn	admonish 1
khuyên_tai	earring 1
khuyến_caó	recommend 1
khuyến_dụ	advise 0.5	dation 0.25	recommen 0.25
khuyến_học	encourage 0.5	study 0.5
khuyến_khích	encourage 0.5	stimulate 0.5
khuyến_nghị	recommend 0.6667	recommendations 0.3333
khuyến_nông	agriculture 0.5	encourage 0.5
khuyến_thiện	actions 0.1667	encourage 0.3333	good 0.3333	people 0.1667
khuyết	lacking 0.25	missing 0.25	vacant 0.25	wanting 0.25
khuyết_danh	anonymous 1
khuyết_tật	defect 0.5	flaw 0.5
khuyết_tịch	default 1
khuyết_điểm	defect 0.5	imperfection 0.5
khuyển	dog 1
khuyển_mã	dog 0.25	horse 0.25	loyal 0.25	servants 0.25
khuyển_nho	cynic 1
khuyển_ưng	hireling 1
khuyủ_tay	elbow 1
khuân	carry 1
khuân_vác	dockworker 1
khuây	relieve 0.5	solace 0.5
khuâý	around 0.25	move 0.25	stir 0.5
khuâý_rôí	behave 0.25	provoke 0.25	rowdily 0.25	uproar 0.25
khuâý_động	rouse 1
khuê_các	maiden 0.5	room 0.5
khuê_khổn	gynaeceum 0.5	harem 0.5
khuê_nữ	damsel 1
khuê_phòng	boudoir 0.5	bower 0.5
khuôn	mould 0.3333	pattern 0.3333	shape 0.3333
khuôn_khổ	shape 0.5	size 0.5
khuôn_mâũ	model 0.5	pattern 0.5
khuôn_mặt	face 1
khuôn_phép	behaviour 0.1667	conduct 0.1667	discipline 0.3333	rule 0.3333
khuôn_saó	routine 1
khuôn_thiêng	creator 1
khuôn_trăng	face 0.4167	fair 0.4167	plump 0.1667
khuôn_xếp	settle 1
khuất	absent 0.1429	brought 0.07143	dead 0.07143	gone 0.2143	hidden 0.07143	knees 0.07143	sheltered 0.1429	subdued 0.1429	view 0.07143
khuất_phục	submit 0.5	yield 0.5
khuất_tiết	up 0.5	uprightness 0.5
khuất_tất	dubious 0.5	tortuous 0.5
khuẩn	bacterium 1
khuếch	brag 1
khuếch_khoác	boast 0.5	brag 0.5
khuếch_trương	develope 0.5	extend 0.5
khuếch_tán	diffuse 1
khuếch_đaị	amplify 0.3333	expand 0.3333	magnify 0.3333
khuỷ	elbow 1
khà	ironical 0.25	satisfaction 0.25	sigh 0.25	snort 0.25
khàn	end 0.25	loose 0.25	raucous 0.5
khá	enough 0.25	fairy 0.25	passably 0.25	rather 0.25
khá_giả	off 0.5	well 0.5
khá_hơn	better 1
khá_khen	praiseworthy 1
khá_tốt	good 0.5	passable 0.5
khác	another 0.1429	differ 0.1429	different 0.1429	further 0.1429	other 0.2857	otherwise 0.1429
khác_biệt	different 1
khác_gì	just 0.5	like 0.5
khác_thường	aberrant 0.2	aberration 0.2	abnormal 0.2	especial 0.2	extraordinary 0.2
khác_xa	different 0.25	far 0.25	quite 0.5
khách	caller 0.2	guest 0.4	visitor 0.2	vistor 0.2
khách_du_lịch	tourist 0.5	tourists 0.5
khách_gia	hakka 1
khách_hàng	client 0.3333	customer 0.3333	patron 0.3333
khách_khí	ceremonious 1
khách_khưá	guests 0.5	visitors 0.5
khách_mơì	guest 1
khách_quan	objective 1
khách_saó	ceremonious 0.5	formal 0.5
khách_sạn	hotel 0.6667	inn 0.3333
khách_thể	object 1
khách_tình	friends 0.3333	intimate 0.3333	unlike 0.3333
khách_điạ	foreign 0.5	land 0.5
khám	conduct 0.08333	examine 0.1667	gaol 0.1667	jail 0.1667	prison 0.1667	search 0.25
khám_bệnh	examine 1
khám_chưã_bệnh	examination 0.1667	healthcare 0.3333	medical 0.1667	treatment 0.3333
khám_nghiệm	examine 1
khám_nhà	house 0.5	search 0.5
khám_phá	discover 0.5	find 0.25	out 0.25
khám_xét	search 1
khán	look 0.5	see 0.5
khán_giả	audience 0.6667	spectator 0.3333
khán_đaì	grand 0.25	stand 0.75
kháng	protest 0.5	resist 0.5
kháng_chiến	resist 1
kháng_cự	offer 0.25	resist 0.5	resistance 0.25
kháng_khuẩn	antibacterian 1
kháng_nghị	against 0.5	protest 0.5
kháng_nguyên	antigen 1
kháng_sinh	antibiotic 1
kháng_thể	antibody 1
kháng_từ	coercive 1
kháng_án	appeal 1
kháng_độc	antitoxic 1
kháng_độc_tố	antitoxin 1
khánh	musical 0.5	stone 0.5
khánh_chúc	congratulate 0.5	well 0.25	wish 0.25
khánh_hạ	great 0.3333	hold 0.3333	rejoicings 0.3333
khánh_kiệt	all 0.1667	exhausted 0.3333	quite 0.1111	spent 0.1667	up 0.1111	use 0.1111
khánh_thành	inaugurate 0.4	inauguration 0.2	open 0.2667	public 0.06667	use 0.06667
khánh_tiết	festival 0.5	festivities 0.5
kháp	fit 0.3333	join 0.3333	mortise 0.3333
khát	thirsty 1
khát_khao	desirous 1
khát_maú	bloodthirsty 1
khát_sưã	milk 0.5	thirsty 0.5
khát_vọng	aspire 0.5	thirst 0.5
khâm_liệm	enshroud 1
khâm_mạng	act 0.1111	envoy 0.2778	king's 0.2778	le'gate 0.3333
khâm_phục	admire 1
khâm_sai	envoy 0.3333	king's 0.3333	special 0.3333
khâm_sứ	french 0.3333	resident 0.3333	superior 0.3333
khâm_thiên_giám	astronomical 0.5	service 0.5
khâu	sew 1
khâu_chần	quilt 1
khâu_lược	baste 0.5	tack 0.5
khâu_tay	hand 0.3333	sew 0.6667
khâu_vá	sew 1
khâu_vắt	stitch 0.5	whip 0.5
khâú	deduct 1
khâú_hao	amortize 0.5	discount 0.5
khâú_trừ	abate 0.5	deduct 0.5
khâú_đuôi	crupper 1
khâú_đâù	knowtow 0.5	kowtow 0.5
khâủ	mouth 1
khâủ_caí	palate 1
khâủ_cung	deposition 0.5	oral 0.5
khâủ_giao	oral 0.5	sex 0.5
khâủ_hiêụ	password 0.5	slogan 0.5
khâủ_khí	character 1
khâủ_lệnh	password 1
khâủ_ngữ	conversational 0.25	informal 0.25	language 0.5
khâủ_phần	ration 1
khâủ_taì	repartee 1
khâủ_trang	gauze 0.5	mask 0.5
khâủ_truyền	down 0.1667	hand 0.1667	oral 0.1667	orally 0.1667	tradition 0.1667	transmit 0.1667
khâủ_vị	appetite 0.5	taste 0.5
khâủ_đôị	battery 1
khâủ_độ	aperture 1
khâỷ	cynical 0.5	manner 0.5
khè	dirty 1
khèn	pan 0.5	pipe 0.5
khép	close 0.5	shut 0.5
khép_kín	closed 0.5	contained 0.25	self 0.25
khép_nép	cringing 0.5	stooping 0.25	timidly 0.25
khét	burnt 0.5	smell 0.5
khét_tiếng	notorious 0.5	widely 0.5
khê	burnt 1
khênh	carry 0.25	hand 0.25	hands 0.25	move 0.25
khêu	extract 0.5	raise 0.5
khêu_gan	irritate 0.5	vex 0.5
khêu_gơị	appeal 0.25	sex 0.25	sexy 0.5
khêù	tease 1
khì	quite 0.5	uconscious 0.5
khí	bit 0.1429	enough 0.07143	gas 0.2857	little 0.1429	qi 0.1429	semon 0.1429	sperm 0.07143
khí_bẩm	character 0.3333	disposition 0.1667	inborn 0.1667	innate 0.1667	natural 0.1667
khí_cacbonic	carbon 1
khí_chất	disposition 1
khí_câù	air 0.25	balloon 0.5	ship 0.25
khí_công	respiratory 0.5	training 0.5
khí_cốt	carriage 0.3333	figure 0.3333	gait 0.3333
khí_cụ	instrument 0.3333	tool 0.3333	untensil 0.3333
khí_gió	how 0.5	naughty 0.5
khí_giơí	arms 0.5	weapon 0.5
khí_hiếm	gas 0.5	rare 0.5
khí_hoá	gasify 1
khí_huyết	ancestry 0.25	blood 0.25	descent 0.125	line 0.125	vitality 0.25
khí_hâụ	climate 1
khí_hâụ_học	climatology 1
khí_khaí	proud 1
khí_lực	force 0.25	vital 0.25	vitality 0.5
khí_nhạc	instrumental 0.5	music 0.5
khí_nổ	explosive 0.5	gas 0.5
khí_phách	perposes 0.1111	sence 0.1111	stamp 0.3333	stuff 0.3333	uprightness 0.1111
khí_quan	organ 1
khí_qun	windpipe 1
khí_quyển	atmosphere 1
khí_quản	trachea 0.5	windpipe 0.5
khí_sinh	aerial 1
khí_sắc	complexion 0.5	mien 0.5
khí_taì	equipment 0.5	material 0.5
khí_thế	impetus 0.5	momentum 0.5
khí_tiết	purpose 0.3333	sense 0.3333	uprightness 0.3333
khí_trơ	gas 0.5	inert 0.5
khí_trơì	air 0.5	atmosphere 0.5
khí_tê	gas 1
khí_tính_học	aerostatics 1
khí_tượng	meteor 1
khí_tượng_học	meteorology 1
khí_vật	cast 0.3333	off 0.1667	offthing 0.1667	waste 0.3333
khí_vị	flavour 0.5	taste 0.5
khí_áp	amospheric 0.5	pressure 0.5
khí_áp_kế	barometer 1
khí_động	pneumatic 1
khí_động_học	aerodynamics 1
khích	abet 0.5	provoke 0.5
khích_bác	nettle 0.5	vex 0.5
khích_lệ	encourage 0.5	foster 0.5
khích_động	excite 1
khít	close 0.5	tight 0.5
khít_khao	jointed 0.5	well 0.5
khít_khịt	close 0.5	fitting 0.5
khò_khè	wheeze 1
khò_khò	monotonous 0.5	snores 0.5
khòng	bent 1
khó	delicate 0.2	difficult 0.4	hard 0.4
khó_baỏ	headstrong 0.5	illed 0.25	self 0.25
khó_chiụ	painful 0.5	unendureable 0.5
khó_chơi	deal 0.5	hard 0.5
khó_coi	unsightly 1
khó_dễ	difficulties 0.5	raise 0.5
khó_hiêủ	hard 0.5	understand 0.5
khó_khuây	inconsolable 1
khó_khăn	difficult 0.2857	difficulties 0.1429	difficulty 0.1429	hard 0.2857	hardship 0.1429
khó_lòng	improbable 1
khó_nghe	hard 0.1	hardly 0.1	intelligble 0.1	nearly 0.1	unacceptable 0.2	understand 0.1	unitelligible 0.1	unpalatable 0.2
khó_nghĩ	loss 1
khó_ngưỉ	unseembly 1
khó_nhọc	hard 0.3333	laborious 0.3333	painful 0.3333
khó_noí	headstrong 0.5	illed 0.25	self 0.25
khó_nuốt	eat 0.5	hard 0.5
khó_thương	detestable 1
khó_thở	oppressive 1
khó_tin	incredible 1
khó_tin_nôỉ	incredibly 1
khó_trôi	going 0.25	plain 0.25	sailing 0.25	smoothly 0.25
khó_tính	cross 0.125	fastidious 0.25	grained 0.125	hard 0.375	please 0.125
khó_xử	awkward 1
khóc	cry 0.4	shed 0.1	tears 0.1	weep 0.4
khóc_mướn	mourner 0.25	professional 0.25	weepper 0.5
khóc_than	bewail 0.5	lament 0.5
khóc_thầm	cry 0.3333	heart 0.3333	out 0.3333
khóm	clump 0.3333	cluster 0.3333	pineapple 0.3333
khô	dried 0.3333	dry 0.6667
khô_cạn	affectedby 0.25	dried 0.25	drought 0.25	up 0.25
khô_cằn	arid 0.5	barren 0.5
khô_heó	fade 0.3333	wilt 0.3333	wither 0.3333
khô_khan	dry 1
khô_khaó	dry 1
khô_khóc	dry 1
khô_mực	cuttlefish 0.5	dried 0.5
khô_đét	shrivelled 0.25	thin 0.25	up 0.25	wafer 0.25
khôi_haì	comic 0.3333	funny 0.3333	humorous 0.3333
khôi_nguyên	first 0.5	laureate 0.5
khôi_ngô	good 0.25	handsome 0.5	looking 0.25
khôi_phục	recover 1
khôi_vĩ	imposing 0.5	mightly 0.5
khôn	sage 0.3333	wise 0.6667
khôn_cùng	end 0.5	shortage 0.5
khôn_hồn	reasonable 0.5	wise 0.5
khôn_kheó	clever 0.5	cute 0.5
khôn_lẽ	impossible 1
khôn_ngoan	wise 1
khôn_thiêng	capable 0.5	propitiated 0.5
khôn_xiết	end 1
không	air 0.125	love 0.125	no 0.125	not 0.25	nothing 0.25	without 0.125
không_ai	no 0.5	one 0.5
không_bao_giờ	never 1
không_baò	vacuole 1
không_bình_thường	abnormal 1
không_caí_gì	nothing 1
không_chiến	air 0.25	battle 0.25	dog 0.25	fight 0.25
không_chuyên	amateur 0.5	non 0.25	professional 0.25
không_chừng	may 0.5	perhaps 0.5
không_có	without 1
không_có_chi	all 0.3333	don't 0.1667	mention 0.1667	welcome 0.1667	you're 0.1667
không_có_gì	all 0.3333	nothing 0.3333	welcome 0.1667	you're 0.1667
không_có_sao_đâu	problem 1
không_dám	dare 0.5	welcome 0.25	you're 0.25
không_dưng	accident 1
không_gian	room 0.3333	space 0.6667
không_gian_tên	domain 1
không_gian_vectơ	space 0.5	vector 0.5
không_giống	differ 1
không_hề	never 1
không_hợp_pháp	dirty 1
không_hợp_vơí	abhorrent 1
không_khí	air 0.6667	atmosphere 0.3333
không_khí_trong_lành	air 0.5	fresh 0.5
không_kích	air 0.1667	attack 0.4167	planes 0.25	stage 0.1667
không_kể	counting 0.3333	despite 0.3333	excluding 0.3333
không_lực	air 0.5	force 0.5
không_may	unlucky 1
không_ngớt	ceaseless 0.5	continual 0.5
không_ngờ	accidental 0.5	unexpected 0.5
không_nhận	airspace 1
không_nhớ	forget 1
không_phát_triển	abort 1
không_phận	air 0.5	space 0.5
không_quân	air 0.5	force 0.5
không_rõ	gray 1
không_sao	problem 1
không_sao_đâu	problem 0.5	welcome 0.25	you're 0.25
không_thay_đôỉ	abiding 0.5	constant 0.5
không_thích	dislike 1
không_thể	impossible 0.5	unable 0.5
không_trung	air 0.5	space 0.5
không_tưởng	utopian 1
không_tập	air 0.5	attack 0.5
không_tặc	hijack 0.5	hijacker 0.5
không_tốt	wrong 1
không_vận	air 0.5	transport 0.5
không_đâu	based 0.25	facts 0.25	unfounded 0.5
không_đôí_không	air 1
không_đôí_đất	air 0.5	ground 0.5
không_đôỉ	constant 0.5	invariable 0.5
không_đúng	wrong 1
không_ưa	abominate 0.5	dislike 0.5
khôí	block 0.3333	bulk 0.3333	mass 0.3333
khôí_lượng	amount 0.25	mass 0.25	volume 0.25	weight 0.25
khôí_mươì_hai_mặt	dodecahedron 1
khôí_tình	haunting 0.25	love 0.25	obsessive 0.25	passion 0.25
khôí_óc	brain 1
khùng	cracked 0.25	crazy 0.5	dotty 0.25
khúc	chunk 0.3333	piece 0.3333	section 0.3333
khúc_chiết	clear 1
khúc_côn_câù	hockey 1
khúc_khuyủ	sinuous 0.5	tortuous 0.5
khúc_khích	giggling 1
khúc_xạ	bend 0.5	refract 0.5
khúm_núm	cower 0.25	cringe 0.25	humble 0.25	kowtow 0.25
khăm	nasty 1
khăn	towel 1
khăn_bàn	cloth 0.25	cover 0.25	table 0.5
khăn_choàng	shawl 1
khăn_choàng_cổ	scarf 1
khăn_chuì	wipe 1
khăn_giâý	tissue 1
khăn_goí	handkerchief 0.5	lagre 0.5
khăn_lau	cloth 0.25	wipe 0.5	wiping 0.25
khăn_mặt	towel 1
khăn_mỏ_quạ	kerchief 1
khăn_ngang	band 0.3333	head 0.3333	mourning 0.3333
khăn_quàng	muffler 0.5	scraf 0.5
khăn_quấn	lungi 1
khăn_tay	handkerchief 1
khăn_traỉ_bàn	tablecloth 1
khăn_trùm_đâù	headscarf 1
khăn_ăn	napkin 1
khăn_đóng	turban 1
khăng	cat 1
khăng_khít	attached 0.5	devoted 0.5
khăng_khăng	persist 1
khơi	dig 0.25	enlarge 0.25	high 0.125	open 0.125	sea 0.25
khơi_chừng	away 0.1667	far 0.3333	quite 0.3333	remote 0.1667
khơi_maò	introductory 1
khơi_sâu	acute 0.25	more 0.25	worsen 0.5
khơme_đỏ	khmer 0.5	rouge 0.5
khơỉ_công	begin 0.125	break 0.125	construction 0.125	ground 0.125	groundbreaking 0.25	start 0.125	work 0.125
khơỉ_hành	away 0.25	off 0.25	start 0.5
khơỉ_hấn	hostilities 0.5	open 0.5
khơỉ_loạn	rebel 0.5	rise 0.5
khơỉ_nghiã	arms 0.3333	rise 0.3333	up 0.3333
khơỉ_nguyên	beginning 0.3333	orgin 0.3333	rise 0.3333
khơỉ_phát	rise 1
khơỉ_sắc	prosper 0.5	thrive 0.5
khơỉ_sự	begin 0.3333	set 0.3333	start 0.3333
khơỉ_thaỏ	draft 0.5	first 0.5
khơỉ_thuỷ	initital 1
khơỉ_tố	instance 0.5	introduction 0.5
khơỉ_xướng	initiative 1
khơỉ_điểm	point 0.5	starting 0.5
khơỉ_đâù	begin 0.5	start 0.5
khơỉ_động	start 0.75	up 0.25
khư_khư	clutch 0.5	grip 0.5
khưá	cut 0.3333	little 0.6667
khưú	smell 1
khưú_giác	nose 0.5	smell 0.5
khươm_năm	ages 0.5	long 0.25	since 0.25
khươú	chinese 0.3333	laughing 0.3333	thrush 0.3333
khước	bestowed 0.1667	blessing 0.5	deity 0.1667	luck 0.1667
khước_từ	decline 0.5	refuse 0.5
khướt	beat 0.1667	dead 0.1667	ded 0.1667	dog 0.1667	tired 0.3333
khạc	hawk 0.5	spit 0.5
khạc_nhổ	hawk 0.25	spit 0.75
khả_aí	likeable 0.3333	loveable 0.3333	nice 0.3333
khả_biến	variable 1
khả_dĩ	possible 1
khả_dụng	usable 1
khả_kính	estimable 0.3333	respectable 0.3333	venerable 0.3333
khả_nghi	suspicious 1
khả_năng	abilily 0.25	ability 0.25	capablity 0.25	competence 0.25
khả_quan	good 0.5	satisfactory 0.5
khả_thi	feasable 0.5	realizable 0.5
khả_thủ	acceptable 1
khả_ố	detestable 1
khảm	enchase 0.3333	encrust 0.3333	inlay 0.3333
khản	hoarse 1
khản_cổ	hoarse 1
khản_tiếng	hoarse 0.5	voiced 0.5
khảng_khaí	brave 0.5	chivalrous 0.5
khảnh	dainty 0.5	finical 0.5
khấc	nick 0.5	notch 0.5
khấm_khá	better 0.5	off 0.5
khấn	pray 1
khấp_khơỉ	elated 0.5	high 0.25	spirits 0.25
khấp_khểnh	bumpy 0.5	uneven 0.5
khất	ask 0.5	delay 0.5
khất_lần	keep 0.3333	off 0.3333	putting 0.3333
khất_sĩ	bonze 0.5	mendicant 0.5
khất_thực	beg 0.5	food 0.5
khẩn	reclain 1
khẩn_câù	entreat 1
khẩn_cấp	pressing 0.5	urgent 0.5
khẩn_hoang	break 0.3333	fresh 0.3333	ground 0.3333
khẩn_khoản	entreat 0.5	persistenly 0.5
khẩn_naì	forgiveness 0.3333	implore 0.3333	somebody's 0.3333
khẩn_thiết	pressing 0.5	urgent 0.5
khẩn_trương	promptly 0.3333	tense 0.3333	urgently 0.3333
khẩn_yêú	important 0.25	moment 0.5	urgent 0.25
khập_khiễng	limping 1
khắc	carve 0.3333	engrave 0.3333	hour 0.1667	quarter 0.1667
khắc_gỗ	engraving 0.5	wood 0.5
khắc_khoaỉ	anxious 0.5	worried 0.5
khắc_khổ	austere 0.5	harsh 0.5
khắc_nghiệt	harsh 1
khắc_nung	pyrography 1
khắc_phục	good 0.3333	overcome 0.3333	surmount 0.3333
khắc_sâu	engrave 1
khắc_đồng	copper 0.5	engraving 0.5
khắm	ill 0.5	smelling 0.5
khắp	all 0.5	over 0.5
khắt_khe	austere 0.5	stern 0.5
khằn	stunted 1
khằng	sealing 0.5	wax 0.5
khẳm	laden 0.5	loaded 0.5
khẳn	having 0.3333	offensive 0.3333	smell 0.3333
khẳng_khiu	scraggy 0.25	scrawny 0.25	scrubby 0.25	skinny 0.25
khẳng_định	affirm 0.4	assert 0.4	confirm 0.2
khặc_khừ	bit 0.3333	under 0.3333	weather 0.3333
khẹc	monkey 1
khẻ	strike 1
khẽ	gently 0.3333	soft 0.3333	softly 0.3333
khẽ_khàng	gently 0.25	lightly 0.25	soft 0.25	softly 0.25
khế	carambola 0.25	contract 0.25	fruit 0.125	greement 0.25	star 0.125
khế_ước	contract 1
khề_khà	drawl 0.5	drunken 0.5
khểnh	lounging 0.3333	protruding 0.3333	sprawling 0.3333
khệ_nệ	heavy 0.1667	lumber 0.5	struggle 0.1667	thing 0.1667
khệnh_khạng	slowly 1
khỉ	macaque 0.3333	monkey 0.6667
khỉ_già	monkey 0.5	old 0.5
khỉ_ho_cò_gaý	middle 0.5	nowhere 0.5
khỉ_đột	gorilla 1
khịt	sniff 1
khố	cloth 0.5	loin 0.5
khố_lục	guard 0.5	native 0.5
khố_vàng	guard 0.3333	native 0.3333	royal 0.3333
khố_đỏ	native 0.5	soldier 0.5
khốc	parched 0.5	very 0.5
khốc_haị	disastrous 1
khốc_liệt	fierce 0.5	violent 0.5
khốn	fix 0.5	land 0.5
khốn_cùng	destitute 1
khốn_cực	destitute 0.5	utterly 0.5
khốn_khó	circumstances 0.1667	hard 0.3333	poor 0.3333	reduced 0.1667
khốn_khổ	abject 0.3333	miserable 0.1667	utterly 0.1667	wretched 0.3333
khốn_kiếp	damned 0.5	god 0.5
khốn_nôĩ	unfortunately 1
khốn_nạn	abject 0.3333	base 0.3333	mean 0.3333
khốn_quẫn	desperately 0.25	great 0.25	poor 0.25	want 0.25
khốn_đốn	miserable 0.5	poverty 0.25	stricken 0.25
khống	nothing 0.5	pay 0.25	without 0.25
khống_chế	control 0.3333	dominate 0.3333	restrain 0.3333
khống_chỉ	blank 1
khổ	format 0.1429	miserable 0.1429	pain 0.1429	size 0.1429	suffering 0.1429	unhappy 0.1429	width 0.1429
khổ_chủ	host 0.5	victim 0.5
khổ_công	great 0.25	hard 0.25	pains 0.25	work 0.25
khổ_dịch	hard 0.1667	labour 0.1667	piece 0.1667	vorvee 0.5
khổ_hình	torture 1
khổ_hạnh	ascetic 0.5	austere 0.5
khổ_học	circumstances 0.1111	hard 0.1667	reduced 0.1111	study 0.2778	through 0.1111	way 0.1111	work 0.1111
khổ_luyện	hard 0.5	train 0.5
khổ_naõ	agonizing 0.5	anguish 0.5
khổ_nhục	causing 0.1111	excruciatingly 0.1667	humiliating 0.1667	humiliation 0.1111	indignities 0.1667	nature 0.1667	pain 0.1111
khổ_qua_southern	bitter 0.5	melon 0.5
khổ_sai	hard 0.25	labour 0.25	penal 0.25	servitude 0.25
khổ_sở	miserable 0.5	unhappy 0.5
khổ_thân	self 0.5	tormenting 0.5
khổ_tâm	broken 0.25	crushed 0.25	grief 0.25	hearted 0.25
khổ_vai	breadth 0.5	shoulders 0.5
khổ_độc	hard 0.25	recite 0.25	tomguetwisting 0.5
khổng_giaó	confucianism 1
khổng_lồ	colossal 0.3333	giant 0.3333	tremendous 0.3333
khổng_phu_tử	confucius 1
khổng_tước	peacock 1
khổng_tử	confucius 1
khớ	enough 0.25	pretty 0.25	quite 0.25	well 0.25
khớp	articulation 0.3333	fright 0.1667	joint 0.3333	stage 0.1667
khớp_răng	gear 1
khớp_xương	joint 1
khờ	credulous 0.5	unwise 0.5
khờ_daị	foolish 0.25	naive 0.25	stupid 0.5
khờ_khaọ	naive 1
khụ	decrepit 1
khục	crack 1
khụt_khịt	sniff 0.5	sporadic 0.5
khủng_bố	terrorism 0.3333	terrorist 0.3333	terrorize 0.3333
khủng_hoảng	crisis 0.5	critical 0.25	time 0.25
khủng_khiếp	horrible 0.3333	terrible 0.6667
khủng_khỉnh	odds 1
khủng_long	dinosaur 1
khứng	accept 0.3333	agree 0.3333	consent 0.3333
khừ_khừ	clattering 1
khử	deoxidize 0.25	dispose 0.25	liquidate 0.25	rid 0.25
khử_trùng	sterilize 1
khựng	stop 0.5	suddenly 0.5
ki	skeetle 1
kia	over 0.3333	that 0.6667
kiev	kiev 1
kilôgam	kilogram 1
kilômet	kilometre 1
kim	gold 0.1667	hand 0.3333	kim 0.1667	metal 0.1667	needle 0.1667
kim_anh	cherokee 0.5	rose 0.5
kim_băng	pin 0.5	safety 0.5
kim_bản_vị	gold 0.5	standard 0.5
kim_bằng	friend 0.5	truth 0.5
kim_caỉ	attachment 0.25	cojugon 0.25	conjugal 0.25	union 0.25
kim_chỉ	sewing 0.25	stitching 0.25	work 0.5
kim_chỉ_nam	lodestar 0.5	magnetic 0.25	needle 0.25
kim_cúc	chrysanthemum 0.5	indian 0.5
kim_cương	diamond 1
kim_cổ	past 0.5	present 0.5
kim_găm	pin 1
kim_hoàn	gold 0.3333	jewellery 0.3333	silver 0.3333
kim_hôn	golden 0.5	wedding 0.5
kim_khí	hardware 0.5	metalware 0.5
kim_lan	close 0.5	friend 0.5
kim_loaị	metal 1
kim_mã_ngọc_đường	mandarin 0.5	privileges 0.5
kim_móc	crochet 0.5	hook 0.5
kim_môn	door 0.25	family 0.25	golden 0.25	noble 0.25
kim_ngân	gold 0.5	silver 0.5
kim_ngạch	over 0.1667	turn 0.1667	turnover 0.3333	value 0.3333
kim_ngọc	fashion 0.1667	people 0.1667	rank 0.1667	valuables 0.5
kim_nhũ	golden 0.5	powder 0.5
kim_phong	autumnal 0.5	breeze 0.5
kim_thoa	gold 0.5	hairpin 0.5
kim_thượng	mjesty 1
kim_trướng_hãn_quốc	golden 0.5	horde 0.5
kim_tự_tháp	pyramid 1
kim_tự_tháp_cheops	giza 0.3333	great 0.3333	pyramid 0.3333
kim_ô	sun 1
kim_đan	knitting 0.5	needle 0.5
kim_đồng	child 0.3333	fairy's 0.3333	page 0.3333
kim_ốc	apartments 0.25	golden 0.25	palace 0.25	royal 0.25
kimono	kimono 1
kinh	bible 0.1667	book 0.1667	canal 0.1667	prayer 0.5
kinh_bổn	books 0.5	liturgical 0.5
kinh_câù_nguyện	prayer 1
kinh_cụ	frightened 1
kinh_doanh	business 0.5	carry 0.5
kinh_dị	horrible 0.3333	terrible 0.3333	thrilling 0.3333
kinh_dịch	ching 0.5	jing 0.25	yi 0.25
kinh_giơí	balm 0.5	vietnamese 0.5
kinh_hoàng	consternated 0.3333	frightened 0.3333	scared 0.3333
kinh_hí	opera 0.5	peking 0.5
kinh_khiếp	terrible 1
kinh_khủng	frightful 0.3333	horrible 0.3333	vengeance 0.3333
kinh_koran	qur'an 1
kinh_kính_mừng	hail 0.5	mary 0.5
kinh_kệ	books 0.3333	buddhist 0.3333	prayers 0.3333
kinh_kịch	chinese 0.1667	opera 0.4167	peking 0.25	theatre 0.1667
kinh_luân	affairs 0.3333	manage 0.3333	state 0.3333
kinh_mân_côi	rosary 1
kinh_nghiệm	experience 1
kinh_nguyệt	menses 0.5	periods 0.5
kinh_ngạc	aghast 0.3333	amazed 0.3333	stupefied 0.3333
kinh_nhật_tụng	office 1
kinh_niên	chronic 1
kinh_phong	convulsion 0.5	epileptic 0.5
kinh_phí	budget 0.1667	cost 0.1667	expenditure 0.3333	expenses 0.1667	funding 0.1667
kinh_qua	undergo 1
kinh_quyền	according 0.1667	act 0.4167	casually 0.25	circumstances 0.1667
kinh_sợ	be 0.5	fear 0.1667	feel 0.1667	great 0.1667
kinh_sử	classics 0.5	history 0.5
kinh_taì	econmy 0.5	finance 0.5
kinh_thánh	bible 1
kinh_tuyến	meridian 1
kinh_tế	economic 0.3333	economy 0.6667
kinh_tế_học	economics 1
kinh_tế_taì_chính	economy 0.5	finance 0.5
kinh_tởm	abominable 0.3333	abominate 0.3333	horrible 0.3333
kinh_viện	scholastic 1
kinh_vĩ	theodolite 1
kinh_điển	canon 1
kinh_đô	capital 0.75	city 0.25
kinh_độ	longitude 1
kinh_động	shake 0.5	upset 0.5
kitô_giaó	christianity 1
kià	recent 0.25	there 0.5	year 0.25
kiêm	cum 0.6667	hold 0.3333
kiêm_aí	equally 0.3333	everyone 0.3333	fraternal 0.3333
kiêm_dụng	purpose 0.5	twofold 0.5
kiên_chí	determination 0.1667	firm 0.5	steadfast 0.3333
kiên_cố	solid 0.5	strong 0.5
kiên_gan	persevering 1
kiên_nghị	determined 0.5	resolved 0.5
kiên_nhẫn	constent 0.3333	patient 0.6667
kiên_quyết	determined 0.3333	resolute 0.3333	set 0.3333
kiên_trinh	faithful 0.5	loyal 0.5
kiên_trì	firmly 0.25	ground 0.25	hold 0.25	keep 0.25
kiên_tâm	firm 0.25	purpose 0.25	steadfast 0.5
kiên_tín	pietist 1
kiên_định	consistent 0.5	firm 0.5
kiêng	abstain 0.5	forbear 0.5
kiêng_cữ	abstain 0.1667	diet 0.25	foods 0.1667	keep 0.25	unsuitable 0.1667
kiêng_dè	avoid 1
kiêng_nể	respect 1
kiêng_ăn	diet 0.5	fasting 0.5
kiêu	arrogant 0.3333	haughty 0.3333	proud 0.3333
kiêu_binh	arrogant 0.5	soldier 0.5
kiêu_căng	haughty 0.5	proud 0.5
kiêu_hãnh	proud 1
kiêu_hùng	valiant 1
kiêu_ngaọ	arrogant 0.3333	haughty 0.3333	proud 0.3333
kiêù_baò	national 1
kiêù_cư	abroad 0.25	national 0.5	reside 0.25
kiêù_diễm	charming 0.5	graceful 0.5
kiêù_dân	immigrant 1
kiêù_mạch	buckwheat 1
kiêù_nhi	belovad 0.5	daughter 0.5
kiêù_nương	damsel 0.1667	fair 0.6667	lady 0.1667
kiêú	attend 0.25	come 0.25	decline 0.5
kiêú_bệnh	decline 0.3333	inllness 0.3333	pretext 0.3333
kiêụ	palanqueen 0.25	palanquin 0.5	sedan 0.25
kiêủ	design 0.2	format 0.2	model 0.2	pattern 0.2	type 0.2
kiêủ_cách	mannered 0.5	model 0.5
kiêủ_mâũ	model 0.3333	pattern 0.3333	simple 0.3333
kiêủ_sức	affected 0.3333	brilliant 0.1667	showy 0.3333	spuriously 0.1667
kiếm	clook 0.2	find 0.2	search 0.2	sword 0.4
kiếm_chuyện	incident 0.25	pick 0.25	provoke 0.25	quarrel 0.25
kiếm_chác	live 0.5	s 0.25	wits 0.25
kiếm_cung	bow 0.1667	career 0.1667	military 0.1667	sword 0.1667	weapons 0.3333
kiếm_cớ	find 0.5	pretext 0.5
kiếm_hiệp	errant 0.5	knight 0.5
kiếm_sống	earn 0.5	living 0.5
kiếm_thuật	fencing 0.5	swordsmanship 0.5
kiếm_ăn	living 0.5	look 0.5
kiến	ant 1
kiến_giaỉ	interpretation 1
kiến_hiêụ	effective 0.5	efficacious 0.5
kiến_học	myrmecology 1
kiến_lập	establish 0.5	set 0.25	up 0.25
kiến_nghị	petition 0.5	proposal 0.25	recommend 0.25
kiến_quốc	found 0.5	state 0.5
kiến_taọ	tectonics 1
kiến_thiết	conduct 0.5	construct 0.5
kiến_thức	knowledge 0.5	learning 0.25	science 0.25
kiến_trúc	architecture 1
kiến_trúc_sư	architect 1
kiến_tập	listen 0.5	visit 0.5
kiến_văn	clearning 0.5	knowledge 0.5
kiếp	generation 0.5	life 0.5
kiếp_ngươì	bondage 0.25	human 0.5	life 0.25
kiếp_sau	afterlife 1
kiếp_trước	life 0.5	past 0.5
kiết	dysentery 1
kiết_cú	broke 0.4167	stone 0.4167	though 0.1667
kiết_lỵ	dysentery 1
kiết_xác	penniless 0.5	shabbily 0.5
kiềm	alkali 1
kiềm_chế	curb 0.25	dominate 0.25	restrain 0.25	subdue 0.25
kiềm_hoá	alcalinize 1
kiềm_hoả	coerce 0.3333	duress 0.1111	place 0.1111	put 0.1111	restraint 0.1111	under 0.2222
kiềm_toả	bind 0.5	restrain 0.5
kiềm_tính	alcalinity 1
kiềng	avoid 0.25	bracelet 0.25	necklace 0.25	tripod 0.25
kiểm	check 0.3333	control 0.3333	count 0.3333
kiểm_chứng	confirm 0.5	verify 0.5
kiểm_duyệt	censor 1
kiểm_dịch	put 0.5	quarantine 0.5
kiểm_học	education 0.3333	local 0.3333	officer 0.3333
kiểm_kê	inventory 1
kiểm_lâm	forestry 1
kiểm_nghiệm	analyse 0.5	test 0.5
kiểm_phiêú	count 0.5	votes 0.5
kiểm_soát	control 0.5	examine 0.5
kiểm_soát_viên	comptroller 0.5	controller 0.5
kiểm_sát	investigate 1
kiểm_sát_trưởng	procurator 1
kiểm_thaỏ	criticize 0.75	self 0.25
kiểm_tra	check 0.375	control 0.125	inspect 0.25	inspection 0.125	test 0.125
kiểm_điểm	review 1
kiễng	stand 0.5	tiptoe 0.5
kiệm	thrifty 1
kiệm_ước	sensibly 0.5	thrifty 0.5
kiện	bale 0.1429	enter 0.1429	institute 0.1429	package 0.1429	parcel 0.1429	sue 0.2857
kiện_caó	sue 1
kiện_hàng	package 1
kiện_khang	healthy 0.5	well 0.5
kiện_nhi	man 0.5	strong 0.5
kiện_toàn	bring 0.1111	consolidate 0.3333	full 0.1111	strength 0.1111	strengthen 0.3333
kiện_tướng	good 0.5	player 0.5
kiệt	exhaust 0.5	mean 0.5
kiệt_lực	exhaustion 1
kiệt_quệ	exhausted 1
kiệt_sức	out 0.5	worn 0.5
kiệt_tác	masterpiece 1
kiệt_xuất	eminent 0.25	pre 0.25	towering 0.5
koala	koala 1
komsomol	komsomol 1
komsomolsk	komsomolsk 1
krasnodar	krasnodar 1
kremli	kremlin 1
kripton	krypton 1
krym	crimea 1
ku_klux_klan	klan 0.3333	klux 0.3333	ku 0.3333
kuala_lumpur	kuala 0.5	lumpur 0.5
kung_fu	fu 0.5	kung 0.5
kursk	kursk 1
kusatovi	rutherfordium 1
ky	bamboo 0.3333	dustpan 0.3333	plaited 0.3333
kyoto	kyoto 1
kyrgyzstan	kyrgyzstan 1
kyōto	kyoto 1
kè	dyke 0.2	embankment 0.3	fan 0.1	palm 0.1	revetment 0.2	stone 0.1
kè_kè	always 0.5	carry 0.5
kè_nhè	drawl 0.1667	drunken 0.1667	pester 0.3333	plague 0.3333
kèm	parrot 1
kèn	accompany 0.3333	escort 0.3333	trumpet 0.3333
kèn_antô	alto 1
kèn_baritôn	baritone 1
kèn_coonê	cornet 1
kèn_cưạ	envy 0.3333	smallest 0.3333	thing 0.3333
kèn_fagôt	bassoon 1
kèn_hiêụ	clarion 1
kèn_hát	gramophone 1
kèn_lệnh	fanfare 1
kèn_trống	clarinet 0.5	drum 0.5
kèn_tuí	bagpipe 0.5	bagpipes 0.5
kèn_xôpran	soprano 1
kèn_ôboa	oboe 1
kéc	lovebird 1
kém	less 1
kém_coỉ	weak 1
kém_cạnh	fiddle 0.3333	second 0.3333	treated 0.3333
kém_hèn	inferior 0.5	lower 0.5
kén	choose 0.2	cocoon 0.4	follicle 0.2	select 0.2
kén_chọn	choose 1
kép	accompanist 0.1667	actor 0.5	girl's 0.1667	singsong 0.1667
kép_hát	actor 0.75	dramatic 0.25
két	gnashing 0.25	screech 0.5	sound 0.25
két_sắt	safe 1
kê	chock 0.25	millet 0.5	prop 0.25
kê_cưú	carry 0.3333	out 0.3333	research 0.3333
kê_giao	sodomy 1
kê_khai	enumerate 0.5	list 0.25	up 0.25
kên_kên	vulture 1
kênh	canal 1
kênh_kiêụ	airs 0.5	behave 0.1667	put 0.1667	superciliously 0.1667
kênh_đaò	canal 1
kênh_đaò_panama	canal 0.5	panama 0.5
kênh_đaò_suez	canal 0.5	suez 0.5
kêu	call 0.5	cry 0.5
kêu_ca	complain 0.5	moan 0.5
kêu_cưú	cry 0.5	help 0.5
kêu_gaò	cry 0.2778	opposition 0.1111	out 0.2778	scream 0.3333
kêu_goị	appeal 0.5	call 0.5
kêu_la	cry 0.1667	out 0.1667	seream 0.3333	shout 0.3333
kêu_lách_cách	click 1
kêu_naì	beseech 0.5	entreat 0.5
kêu_oan	claim 0.5	innocence 0.5
kêu_rêu	bewail 0.5	lament 0.5
kêu_trơì	entreat 0.1667	god 0.5	implore 0.3333
kêu_van	cry 0.5	mercy 0.5
kêu_vang	clang 0.5	out 0.25	sound 0.25
kêu_điện_thoaị	phone 0.5	telephone 0.5
kêù	lanky 0.5	pole 0.5
kì	off 0.25	out 0.25	rub 0.5
kì_cạch	clatter 1
kì_cọ	carefully 0.25	down 0.1667	scrub 0.4167	up 0.1667
kì_keò	argue 0.5	price 0.5
kìm	draw 0.2	grip 0.2	pincers 0.3	pliers 0.3
kình	whale 1
kình_nghê	brave 0.1667	fierce 0.25	rebels 0.25	soldier 0.1667	strong 0.1667
kình_ngư	whale 1
kình_ngạc	brave 0.1111	crocodile 0.1667	fierce 0.1667	rebels 0.1667	soldiers 0.1111	strong 0.1111	whale 0.1667
kình_địch	enmity 0.5	opposition 0.5
kí	kilogram 1
kí_lô	kilogram 1
kích	ambush 0.1667	attack 0.1667	click 0.1667	halberd 0.1667	measure 0.08333	pill 0.08333	size 0.1667
kích_bác	disparage 0.5	down 0.25	run 0.25
kích_cỡ	dimention 0.5	size 0.5
kích_dục	aphrodisiac 1
kích_thích	excite 0.5	rouse 0.5
kích_thích_tố	hormone 1
kích_thước	dimension 0.3333	measure 0.3333	size 0.3333
kích_vaò	click 1
kích_động	arouse 0.3333	excite 0.3333	rouse 0.3333
kín	private 0.3333	secret 0.3333	tight 0.3333
kín_hơi	air 0.5	tight 0.5
kín_miệng	discreet 1
kín_mít	tight 1
kín_đaó	secret 0.5	secretive 0.5
kính	respect 0.3333	spectacle 0.3333	spectacles 0.3333
kính_aí	love 0.5	respect 0.5
kính_chúc	respectfully 0.5	wish 0.5
kính_cưả_sổ	windowpane 1
kính_cẩn	deep 0.1111	honorific 0.3333	profoundly 0.1667	respect 0.1111	respectful 0.1667	showing 0.1111
kính_cận	glasses 0.3333	near 0.3333	sighted 0.3333
kính_hiển_vi	microscope 1
kính_laõ	aged 0.1667	far 0.1111	glasses 0.2222	old 0.1111	people's 0.1111	respect 0.1667	sighted 0.1111
kính_lúp	magnifier 1
kính_mến	esteem 0.5	love 0.25	revere 0.25
kính_một_mắt	monocle 1
kính_ngữ	honorific 1
kính_nhường	priority 0.5	respect 0.5
kính_nể	consideration 0.1667	feel 0.1667	regard 0.5	respect 0.1667
kính_phục	admire 1
kính_râm	dark 0.1667	glasses 0.3333	sun 0.1667	sunglasses 0.3333
kính_thiên_văn	astronomical 0.5	telescope 0.5
kính_tiềm_vọng	periscope 1
kính_trọng	respect 1
kính_viễn	far 0.3333	glasses 0.3333	sighted 0.3333
kính_viễn_vọng	telescope 1
kính_yêu	beloved 1
kíp	gang 0.25	kip 0.25	pressing 0.25	urgent 0.25
kíp_châỳ	later 0.5	sooner 0.5
kíp_laò	kip 1
kíp_nổ	detonator 1
ký	kilogram 0.5	sign 0.5
ký_giả	journalist 0.5	pressman 0.25	reporter 0.25
ký_hiêụ	ampersand 0.2	notation 0.2	sign 0.2	symbol 0.4
ký_hoạ	sketeh 1
ký_kết	conclude 0.25	contract 0.25	sign 0.25	signing 0.25
ký_ninh	quinine 1
ký_sinh	parasitic 1
ký_sự	chronicle 1
ký_thác	confide 0.5	trust 0.5
ký_túc_xá	dormitory 1
ký_ức	memory 1
kĩ_sư	engineer 1
kōfu	kofu 1
kẹp	clamp 0.3333	clip 0.3333	sandwich 0.3333
kẹp_tóc	hair 0.5	pin 0.5
kẹt	catch 0.25	nip 0.25	pinch 0.25	stick 0.25
kẻ	draw 0.2	individual 0.2	line 0.2	man 0.2	person 0.2
kẻ_biếng_nhác	lazybones 1
kẻ_chợ	area 0.25	capital 0.5	urban 0.25
kẻ_cướp	brigand 0.3333	robber 0.6667
kẻ_cướp_biển	pirate 1
kẻ_cả	elder 0.3333	self 0.1111	senior 0.3333	styled 0.1111	superior 0.1111
kẻ_cắp	thief 1
kẻ_gian	evidoer 1
kẻ_giết_ngươì	killer 0.5	murderer 0.5
kẻ_giờ	somebody 1
kẻ_khó	beggar 0.3333	pauper 0.3333	poor 0.3333
kẻ_khủng_bố	terrorist 1
kẻ_lươì_biếng	lazybones 1
kẻ_móc_tuí	pickpocket 1
kẻ_môí_laí	pimp 1
kẻ_naò	who 1
kẻ_noí_dôí	liar 1
kẻ_noí_laó	liar 1
kẻ_noí_điêu	liar 1
kẻ_nô_lệ	minion 1
kẻ_nứt	crack 0.5	fissure 0.5
kẻ_phản_bôị	traitor 1
kẻ_thù	enemy 1
kẻ_trộm	burglar 0.3333	thief 0.6667
kẻ_xâm_lược	invader 1
kẻ_ám_sát	assassin 1
kẻ_đaọ_đức_giả	hypocrite 1
kẻ_địch	enemy 1
kẻ_độc_taì	dictator 1
kẻng	smart 1
kẽ	crevice 1
kẽ_hở	aperture 0.3333	slit 0.3333	split 0.3333
kẽ_nách	door 0.5	next 0.5
kẽm	zinc 1
kẽm_gai	barbed 0.5	wire 0.5
kế	aboard 0.3333	scheme 0.3333	stratagem 0.3333
kế_chân	job 0.1667	over 0.1667	replace 0.3333	succeed 0.3333
kế_cận	adjacent 0.5	surrounding 0.5
kế_hoạch	design 0.125	plan 0.5	plans 0.125	project 0.125	schedule 0.125
kế_hoạch_hoá	plan 1
kế_nghiệp	continue 0.08333	father's 0.1667	follow 0.08333	footsteps 0.08333	over 0.25	succeed 0.25	work 0.08333
kế_sách	expedient 1
kế_thưà	inherit 1
kế_tiếp	follow 0.5	succeed 0.5
kế_toán	accountancy 0.5	accountant 0.5
kế_toán_viên	accountant 0.5	book 0.25	keeper 0.25
kế_tập	succeed 1
kế_tục	continue 1
kế_vị	over 0.5	succeed 0.25	throne 0.25
kế_đến	after 0.75	immediately 0.25
kếch	bulging 1
kếch_xù	bulky 0.5	colossal 0.5
kếp	crepe 0.75	rubber 0.25
kết	clot 0.125	conclude 0.125	knots 0.0625	mat 0.125	pass 0.125	plait 0.125	pronounce 0.125	tie 0.0625	up 0.0625	wind 0.0625
kết_bè	gang 0.5	together 0.5
kết_bạn	become 0.1667	friends 0.5	man 0.1667	wife 0.1667
kết_câú	composition 0.3333	structure 0.3333	structuring 0.3333
kết_duyên	join 0.5	wedlock 0.5
kết_dính	adhesive 1
kết_giao	friendship 0.3333	strike 0.3333	up 0.3333
kết_hôn	married 0.6667	marry 0.3333
kết_hợp	bind 0.3333	combine 0.3333	cordinate 0.3333
kết_liêũ	end 1
kết_liêủ	conclude 1
kết_luận	conclude 0.3333	conclusion 0.5	end 0.1667
kết_mạc	conjunctiva 0.5	conjunctivitis 0.5
kết_nghiã	brotherhood 0.25	swear 0.75
kết_nôí	nexus 1
kết_nạp	admit 1
kết_oán	engender 0.25	feud 0.25	resentment 0.25	rise 0.25
kết_quả	effect 0.3333	result 0.6667
kết_thân	ally 0.5	marriage 0.25	unite 0.25
kết_thúc	bring 0.2	come 0.1	end 0.5	finish 0.2
kết_thật	sturdy 1
kết_tinh	crystallize 1
kết_tuả	precipitate 1
kết_tôị	condemn 0.5	pass 0.25	verdict 0.25
kết_án	condemn 0.3333	convict 0.3333	sentence 0.3333
kết_đoàn	friendship 0.5	gather 0.5
kề	by 0.3333	close 0.3333	near 0.3333
kề_cà	dawdle 1
kềm	pincers 0.6667	pliers 0.3333
kền	crack 0.3333	nickel 0.3333	swell 0.3333
kền_kền	vulture 1
kềnh	flat 0.5	live 0.5
kềnh_càng	bulky 0.25	cumbrous 0.25	itch 0.08333	lying 0.125	mites 0.08333	stiff 0.08333	way 0.125
kể	relate 0.5	tell 0.5
kể_chi	notice 0.5	regard 0.5
kể_laị	narrate 1
kể_lể	lengthy 0.1667	long 0.1667	spin 0.1667	tell 0.1667	way 0.1667	yarn 0.1667
kể_ra	fact 0.3333	fair 0.3333	reality 0.3333
kể_trên	above 0.6667	mentioned 0.1667	said 0.1667
kể_tôị	expose 0.25	mistakes 0.5	tell 0.25
kể_từ	as 0.5	from 0.5
kể_từ_lúc	since 1
kễnh	tiger 1
kệ	shelf 1
kệ_sách	bookshelf 1
kệch	coarse 1
kệch_cỡm	ludicrous 0.5	misfitted 0.5
kệnh	cumbrously 0.5	swell 0.5
kị_sĩ	cavalier 0.3333	cavalryman 0.3333	horseman 0.3333
kịch	drama 0.6667	play 0.3333
kịch_bản	scenario 1
kịch_chiến	battle 0.1667	engage 0.1667	fiercely 0.4167	fight 0.25
kịch_câm	pantomime 1
kịch_hoá	dramatize 1
kịch_kabuki	kabuki 1
kịch_liệt	drastic 0.3333	vehement 0.3333	violent 0.3333
kịch_muá	ballet 1
kịch_ngắn	sketch 1
kịch_noí	play 1
kịch_phát	exacerbated 1
kịch_sĩ	dramatics 0.5	playwright 0.5
kịch_thơ	play 0.5	verse 0.25	versified 0.25
kịch_trường	scene 1
kịch_tính	dramatics 0.5	theatricality 0.5
kịch_vui	comedy 1
kịp	time 1
kịp_thơì	promptly 0.25	time 0.25	timely 0.25	timerly 0.25
kịt	dark 0.5	dense 0.5
kỳ	banner 0.1667	chess 0.1667	date 0.1667	flag 0.1667	period 0.1667	term 0.1667
kỳ_aỏ	miraculous 1
kỳ_công	exploit 0.5	wonderful 0.5
kỳ_cưụ	veteran 1
kỳ_cục	funny 0.5	odd 0.5
kỳ_diêụ	marvellous 0.5	wondderful 0.5
kỳ_dị	odd 0.5	strange 0.5
kỳ_giông	slamander 1
kỳ_họp	session 0.75	sitting 0.25
kỳ_họp_chuyên_đề	session 0.5	special 0.5
kỳ_nghỉ	vacation 1
kỳ_nhông	iguana 1
kỳ_quan	strange 0.25	thing 0.25	wonder 0.5
kỳ_thi	examination 1
kỳ_thị	discriminate 0.5	distinguish 0.5
kỳ_đà	monitor 0.5	varan 0.5
kỵ	afraid 0.2	anniversary 0.1	death 0.1	fear 0.2	grandfather 0.06667	grandmother 0.06667	great 0.2667
kỷ	heavenly 0.1111	period 0.3333	sixth 0.1111	small 0.1667	stem 0.1111	table 0.1667
kỷ_băng_hà	age 0.5	ice 0.5
kỷ_cương	laws 0.5	rules 0.5
kỷ_luật	discipline 1
kỷ_lục	record 1
kỷ_nguyên	epoch 0.5	era 0.5
kỷ_niệm	anniversary 0.1429	celebrate 0.1429	commemorate 0.2857	keep 0.07143	memory 0.1429	sake 0.07143	souvenir 0.1429
kỷ_tử_杞子	wolfberry 1
kỹ	careful 0.5	painstaking 0.5
kỹ_nghệ	industry 0.5	manufacture 0.5
kỹ_nghệ_đaỏ_ngược	engineering 0.5	reverse 0.5
kỹ_nữ	courtesan 0.5	prostitute 0.5
kỹ_sư	engineer 1
kỹ_thuật	technique 0.5	technology 0.5
kỹ_viện	brothel 1
la	cry 0.25	la 0.25	mule 0.25	shout 0.25
la_bàn	compass 1
la_cà	hang 0.5	loiter 0.5
la_habana	havana 1
la_hán	arhant 1
la_hét	scream 0.3333	shout 0.3333	shriek 0.3333
la_liếm	food 0.5	scavenge 0.5
la_liệt	abundance 1
la_làng	cry 0.5	help 0.5
la_lôí	fault 0.25	find 0.25	scold 0.5
la_mã	latin 0.5	rome 0.5
la_mã_cổ_đaị	ancient 0.5	rome 0.5
la_mã_hoá	romanize 1
la_mắng	scold 1
la_râỳ	scold 1
la_sát	scold 0.3333	shrew 0.3333	termagant 0.3333
la_tinh	latin 1
la_trơì	cry 0.3333	god 0.3333	mercy 0.3333
la_ó	boo 0.5	down 0.25	shout 0.25
la_đơn	gladiolus 1
lai	blood 0.08333	bred 0.08333	candleberry 0.08333	cross 0.08333	crossbreed 0.1667	hemline 0.08333	mixed 0.08333	turn 0.08333	up 0.08333	varmishtree 0.1667
lai_caỏ	article 0.3333	newspaper 0.3333	sent 0.3333
lai_căng	miscellaneous 1
lai_giống	breeds 0.5	cross 0.5
lai_hàng	surrender 1
lai_kinh	capital 0.5	go 0.5
lai_láng	burst 0.5	profusely 0.25	spill 0.25
lai_lịch	origin 0.5	source 0.5
lai_nguyên	source 1
lai_nhai	insistent 1
lai_rai	dragging 0.5	intermittent 0.25	light 0.25
lai_sinh	after 0.25	life 0.5	next 0.25
lai_taọ	breeding 0.3333	create 0.3333	cross 0.3333
lai_thế	after 0.25	future 0.25	life 0.5
lai_tạp	hybrid 1
lai_tỉnh	come 0.5	consciousness 0.1667	regain 0.1667	round 0.1667
lai_vãng	frequent 1
lam	blue 0.5	deep 0.25	indigo 0.25
lam_chướng	miasma 1
lam_lũ	ragged 0.3333	shabby 0.3333	tattered 0.3333
lam_nham	bungled 0.5	done 0.25	halves 0.25
lan	orchid 0.3333	pread 0.3333	run 0.3333
lan_can	banister 0.3333	hand 0.1667	rail 0.1667	stairway 0.3333
lan_châu	lanzhou 1
lan_toả	pervasive 1
lan_tràn	all 0.3333	over 0.3333	spread 0.3333
lang	piebald 0.5	roan 0.5
lang_ben	tetter 1
lang_băm	quack 1
lang_bạt	wander 1
lang_thang	roam 0.5	wander 0.5
lanh_lẹ	alert 0.3333	quiet 0.3333	smart 0.3333
lantan	lanthanum 1
lao	dart 0.2	hurt 0.2	javelin 0.2	plunge 0.2	tuberculosis 0.2
lao_công	labourer 1
lao_khổ	hard 0.5	miserable 0.5
lao_phiền	sad 0.5	toilsome 0.5
lao_tâm	troubled 0.5	worrisome 0.5
lao_tù	jail 0.5	prison 0.5
lao_đao	dizzy 0.5	full 0.25	hardship 0.25
lao_động	employment 0.1667	labor 0.1667	labour 0.5	workers 0.1667
laptop	laptop 1
latinh	latin 1
latinh_hoá	latinization 1
latino	latin 1
lau	clean 0.25	reed 0.25	wipe 0.5
lau_chuì	clean 0.75	wipe 0.25
lau_sạch	wipe 1
lava	lava 1
lay	shake 1
lay_chuyển	shake 1
lay_động	move 0.5	stir 0.5
lay_ơn	gladiolus 1
lazio	lazio 1
laì	jasmine 0.5	jessamine 0.25	slight 0.125	sloped 0.125
laí	drive 0.1667	helm 0.1667	pilot 0.1667	rudder 0.1667	steer 0.1667	steering 0.08333	wheel 0.08333
laí_buôn	dealer 0.5	merchant 0.5
laí_xe	drive 1
laí_xe_taxi	driver 0.5	taxi 0.5
laí_đò	bargee 0.5	boatman 0.5
laò	lao 0.5	laos 0.5
laò_cai	boars 0.25	high 0.1667	mountain 0.1667	peaks 0.1667	wild 0.25
laó	impertinent 0.5	insolent 0.5
laó_nhaó	badly 0.5	mixed 0.5
laõ	old 1
laõ_bà	lady 0.5	old 0.5
laõ_bộc	old 0.5	servant 0.5
laõ_giaó	faoism 1
laõ_luyện	experienced 0.5	expert 0.5
laõ_suy	decrepit 0.5	senile 0.5
laõ_tử	laozi 1
laù	hiteh 0.5	without 0.5
laù_baù	grumble 1
laú_cá	cunning 0.5	smart 0.5
laú_lỉnh	roguish 0.5	sly 0.5
laý	reiterate 0.5	repeat 0.5
laý_rền	trill 1
laĩ	interest 0.5	profit 0.5
laĩ_suất	interest 0.5	rate 0.5
laỉ	worm 1
laỉ_nhaỉ	annoyingly 0.5	insistent 0.5
laị	again 0.125	approach 0.125	arrive 0.125	back 0.125	come 0.25	should 0.125	still 0.125
laị_bộ	interior 0.5	ministry 0.5
laị_caí	bisexual 0.5	hermaphrodite 0.5
laị_giống	atavism 0.3333	back 0.1667	revversion 0.1667	throw 0.1667	type 0.1667
laị_gần	approach 1
laị_hồn	control 0.1667	pull 0.25	regain 0.1667	self 0.1667	together 0.25
laị_muĩ	back 0.5	stitch 0.5
laị_mục	clerkk 1
laị_ngươì	recuperate 1
laị_nưã	addition 0.5	hand 0.25	other 0.25
laị_sức	recover 0.5	strength 0.5
laỏ_đaỏ	stagger 0.5	unsteady 0.5
laỵ	kowtow 0.5	prostrate 0.5
laỷ_cò	press 0.5	trigger 0.5
le	loll 1
le_le	teal 1
le_loí	flickering 0.5	unsteady 0.5
lem	dirty 0.3333	smudge 0.3333	soiled 0.3333
len	way 0.5	wool 0.5
leng_keng	ding 0.25	dong 0.25	tinkle 0.5
lenin	lenin 1
leo	climb 0.5	shin 0.25	swarm 0.25
leo_leỏ	limpid 1
leo_lét	burn 0.25	flicker 0.5	unsteadily 0.25
leo_treò	climb 1
lesotho	lesotho 1
leò_teò	scattered 0.5	sparse 0.5
leõ	straight 0.5	unstraight 0.5
leõ_đeõ	along 0.75	behind 0.25
leọ	copulate 0.5	pair 0.5
leỏ	cut 0.5	neatly 0.5
lhasa	lhasa 1
lhq	nations 0.25	un 0.5	united 0.25
liberia	liberia 1
liechtenstein	liechtenstein 1
lim	ironwood 1
lim_dim	closed 0.5	half 0.5
linh	efficacious 1
linh_câủ	hyena 1
linh_cảm	afflatus 0.5	inspiration 0.5
linh_dương_saiga	saiga 1
linh_dương_đâù_bò	gnu 1
linh_hồn	soul 0.6667	spirit 0.3333
linh_mục	pastor 0.5	priest 0.5
linh_sam	fir 1
linh_thiêng	power 0.5	supernatural 0.5
linh_tinh	trifling 0.5	trivial 0.5
linh_tính	premonition 0.5	presentiment 0.5
linh_đình	magnificent 1
lisboa	lisbon 1
lithi	lithium 1
liti	lithium 1
litvá	lithuania 1
livermori	livermorium 1
lià	leave 0.3333	part 0.3333	reparate 0.3333
liêm_khiết	honest 0.5	upright 0.5
liêm_sỉ	sense 0.5	shame 0.5
liên	lotus 1
liên_bang	federation 0.5	union 0.5
liên_bang_nga	federation 0.5	russian 0.5
liên_bang_xô_viết	soviet 0.5	union 0.5
liên_bộ	interministerial 1
liên_can	concern 1
liên_doanh	joint 0.5	venture 0.5
liên_hiệp	ally 0.25	coalesce 0.25	combine 0.25	unite 0.25
liên_hiệp_laị	unite 0.3333	workers 0.3333	world 0.3333
liên_hiệp_quốc	nations 0.5	united 0.5
liên_hệ	comect 0.25	contact 0.25	relate 0.25	relationship 0.25
liên_hợp	conjugate 1
liên_khu	interzone 1
liên_kiêù	forsythia 1
liên_kết	bind 1
liên_lạc	communicate 0.25	communication 0.25	conection 0.25	liaison 0.25
liên_minh	confederation 0.5	union 0.5
liên_minh_châu_âu	european 0.5	union 0.5
liên_quan	concern 1
liên_tiếp	continuous 0.5	interprovince 0.5
liên_tưởng	associate 0.5	connect 0.25	ideas 0.25
liên_tỉnh	interprovince 1
liên_xô	soviet 0.25	union 0.25	ussr 0.5
liên_đoàn	grop 0.3333	league 0.3333	syndicate 0.3333
liên_đoàn_lao_động	federation 0.5	labour 0.5
liêu_ninh	liaoning 1
liêù	dose 0.3333	risk 0.3333	venture 0.3333
liêù_lĩnh	daring 0.3333	reckless 0.3333	venturesome 0.3333
liêù_lượng	dosage 1
liêũ	willow 1
liêũ_châu	liuzhou 1
liêụ	calculate 0.5	manage 0.5
liêụ_lí_học	gastronomy 1
liêụ_pháp	therapeutics 1
liếc	glance 0.5	look 0.25	sidelong 0.25
liếm	lap 0.5	lick 0.5
liến_thoắng	glibly 1
liếp	bamboo 0.5	screen 0.5
liềm	sickle 1
liền	adjacent 0.2	continuous 0.2	heal 0.2	over 0.1	skin 0.1	successive 0.2
liền_bên	hand 0.5	near 0.5
liền_tay	immediately 0.5	once 0.5
liểng_xiểng	crushing 1
liễn	pot 0.5	scroll 0.5
liệm	lay 0.25	out 0.25	shroud 0.5
liệng	fling 0.25	hurl 0.25	sling 0.25	throw 0.25
liệt	assort 0.25	paralysed 0.25	paralytic 0.25	rank 0.25
liệt_dương	dysfunction 0.1667	erectile 0.1667	impotent 0.3333	out 0.1111	power 0.1111	sexual 0.1111
liệt_giường	bed 0.5	confined 0.5
liệt_kê	enumerate 0.5	list 0.5
liệt_sĩ	martyr 0.5	partiotic 0.5
liụ	repeat 1
ljubljana	ljubljana 1
lo	attend 0.25	bother 0.25	worry 0.5
lo_buồn	sad 0.5	worried 0.5
lo_liêụ	arrangement 0.5	contrive 0.5
lo_lắng	worry 1
lo_ngaị	worry 1
lo_sợ	anxious 1
loa	horn 0.25	loudspeaker 0.25	megaphone 0.25	speaker 0.25
loan_baó	announce 0.5	known 0.5
loang	spread 1
loanh_quanh	around 0.5	go 0.5
loaì	gender 0.3333	kind 0.3333	specied 0.3333
loaì_ngươì	human 0.3333	humankind 0.3333	mankind 0.3333
loaì_nhện	arachnid 1
loaì_phụ	subspecies 1
loaì_thú	mammal 1
loaị	category 0.125	eliminate 0.125	gemos 0.125	kind 0.125	one 0.125	out 0.0625	sort 0.125	type 0.125	weed 0.0625
loaị_bỏ	reject 1
loaị_dữ_liêụ	data 0.5	type 0.5
loaị_kem_sưa	milkshake 1
loaị_nitơ	denitrify 1
loaị_trừ	exclude 0.5	expel 0.5
loe	cupped 0.5	flaring 0.5
loe_loét	all 0.3333	over 0.3333	smeared 0.3333
loe_toe	peach 0.5	tales 0.25	tell 0.25
loi_choi	hopping 1
loi_ngoi	creep 0.25	crowl 0.25	up 0.5
loi_nhoi	crawl 1
lon	can 0.3333	chevron 0.3333	stripe 0.3333
long	loose 1
long_diên_hương	ambergris 1
long_lanh	glistening 0.5	sparkling 0.5
long_naõ	camphor 1
long_trọng	ceremony 0.5	solemn 0.5
longyearbyen	longyearbyen 1
lorenxi	lawrencium 1
loà	dim 1
loá	dazzle 1
loán	spread 1
loáng_thoáng	vaguely 1
loã_lồ	naked 1
loã_xoã	flowing 1
loãng	diluted 0.3333	watery 0.3333	weak 0.3333
loè	bluff 1
loè_loẹt	flashy 0.3333	gandy 0.3333	tawdry 0.3333
loé	flash 1
loét	gaping 1
loì	out 0.25	project 0.5	tick 0.25
loì_toí	chain 0.5	iron 0.5
loĩ_đơì	experienced 0.5	life 0.5
loạc_choạc	ordinated 0.5	unco 0.5
loạn	disorder 1
loạn_dâm	incestuous 1
loạn_luân	incest 0.5	incestuous 0.5
loạn_lạc	trouble 1
loạn_thị	astigmatism 1
loạn_trí	deranged 0.5	mad 0.5
loạt	round 0.3333	series 0.3333	set 0.3333
lu	dim 0.2	fuzzy 0.2	iron 0.1	jar 0.1	roller 0.2	small 0.1	stone 0.1
luca	luke 1
lui	back 0.5	fall 0.25	move 0.25
lui_binh	retreat 0.5	troops 0.25	withdraw 0.25
lui_laị	off 0.25	postpone 0.5	put 0.25
lui_luĩ	silence 0.5	silently 0.5
lui_tơí	frequent 1
lung	hard 1
lung_lay	begin 0.25	beshaky 0.5	loose 0.25
lung_lạc	corrupt 1
lung_tung	confusin 0.1667	disorder 0.1667	effervescence 0.1667	utter 0.3333	widespread 0.1667
luteti	lutetium 1
luxembourg	luxembourg 1
luyến	fond 0.3333	long 0.3333	part 0.1667	reluctant 0.1667
luyến_aí	love 0.5	romance 0.5
luyến_tiếc	longingly 0.5	remember 0.5
luyện	drill 0.5	train 0.5
luyện_kim	metallurgy 1
luyện_thi	examinations 0.5	prepar 0.5
luyện_tập	coach 0.25	drill 0.25	practice 0.25	train 0.25
luyện_đan	alchemy 1
luà	blow 1
luá	paddy 0.4	rice 0.6
luá_mì	wheat 1
luá_mạch	barley 1
luá_mạch_đen	rye 1
luá_thóc	cereals 1
luân_chuyển	rotate 1
luân_hôì	samsara 1
luân_lý	ethics 0.6667	morals 0.3333
luân_lý_học	ethics 1
luân_lạc	decline 1
luân_thường	behaviour 0.25	code 0.25	moral 0.25	principles 0.25
luân_đôn	london 1
luì	back 0.25	backwards 0.25	step 0.25	turn 0.25
luì_bước	concessions 0.3333	way 0.3333	yield 0.3333
luì_laị	aback 1
luì_luĩ	fuss 0.25	unnoticed 0.5	without 0.25
luì_xuì	shabby 0.3333	slovenly 0.3333	untidy 0.3333
luôm_nhuôm	bedraggled 0.3333	dirty 0.3333	filthy 0.3333
luôn	always 0.3333	often 0.6667
luôn_luôn	always 0.5	incessantly 0.25	rule 0.25
luôn_miệng	incessantly 0.5	talk 0.5
luạ	silk 1
luẩn_quẩn	dangle 0.5	hover 0.5
luận	essay 1
luận_chiến	polemize 1
luận_chứng	data 0.3333	facts 0.3333	factual 0.1111	foundations 0.1111	theoretical 0.1111
luận_công	achivements 0.25	assess 0.5	merits 0.25
luận_cương	thesis 1
luận_cứ	basis 0.3333	foundation 0.3333	ground 0.3333
luận_giaỉ	interpret 1
luận_lý	logic 1
luận_văn	composition 0.3333	essay 0.3333	memoir 0.3333
luận_án	dissertation 0.5	thesis 0.5
luận_điêụ	argument 1
luận_điểm	poit 0.5	theoretical 0.5
luận_đề	discussion 0.5	subject 0.5
luật	code 0.1667	law 0.5	regulation 0.1667	rule 0.1667
luật_cuả_tự_nhiên	law 0.5	natural 0.5
luật_gia	lawyer 1
luật_hình	criminal 0.5	law 0.5
luật_hình_sự	criminal 0.5	law 0.5
luật_học	law 0.5	studies 0.5
luật_khoa	law 1
luật_lao_động	labour 0.3333	law 0.3333	union 0.3333
luật_lệ	law 0.5	practises 0.5
luật_pháp	law 1
luật_sư	advocate 0.25	barrister 0.25	lawyer 0.5
luỉ	slip 0.5	way 0.5
luỉ_thuỉ	alone 0.3333	lonely 0.3333	lonesome 0.3333
luị	away 0.25	stunted 0.5	wither 0.25
luị_cuị	apply 0.5	strenuously 0.5
luốc	grey 1
luống	bed 1
luống_cuống	abashed 0.5	bewildered 0.5
luống_tuôỉ	past 0.5	youth 0.5
luốt	lost 1
luồn	pass 0.5	through 0.5
luồn_cuí	crawl 0.3333	creep 0.3333	crouch 0.3333
luồn_lách	thread 0.5	way 0.5
luồng	jet 1
luồng_lạch	narrow 0.5	passage 0.5
luồng_tư_tưởng	current 0.5	ideas 0.5
luồng_điện	current 0.5	electric 0.5
luỗng	decayed 0.5	rotten 0.5
luộc	boil 1
luộm_thuộm	careless 0.5	casual 0.5
luỵ	help 0.1667	misfortune 0.3333	tear 0.3333	trouble 0.1667
luỹ	rampart 1
luỹ_giảm	degressive 1
luỹ_thưà	power 1
luỹ_tiến	graduated 0.5	progressive 0.5
ly	bit 0.1	cup 0.2	glass 0.4	milimeter 0.2	tiny 0.1
ly_biệt	part 0.5	separate 0.5
ly_bôi	cup 0.5	parting 0.5
ly_dị	divorce 1
ly_glass	drink 1
ly_hôn	divorce 1
ly_hương	land 0.3333	leave 0.3333	native 0.3333
ly_rươụ	beer 0.5	drink 0.5
ly_tán	scattered 1
ly_tâm	centrifugal 1
là	are 0.1429	be 0.1429	fine 0.07143	iron 0.2143	is 0.1429	press 0.07143	silk 0.07143	then 0.1429
là_lượt	finery 0.5	satins 0.25	silks 0.25
làm	be 0.1667	do 0.3333	make 0.3333	to 0.1667
làm_aỉ	loose 0.5	plough 0.5
làm_biếng	indolent 0.3333	lazy 0.3333	slack 0.3333
làm_bàn	goal 0.5	score 0.5
làm_bâỵ	silly 0.5	things 0.5
làm_bôí_rôí	abash 1
làm_bạn	friends 0.5	marry 0.5
làm_bẩn	dirty 1
làm_bằng	evidence 0.5	serve 0.5
làm_bếp	cook 0.5	cooking 0.5
làm_bể	break 0.5	burst 0.5
làm_bộ	airs 0.1	demur 0.1	feign 0.2	insincerely 0.1	onself 0.1	pretend 0.2	simulate 0.2
làm_cao	beneath 0.3333	dignity 0.3333	think 0.3333
làm_caí	bank 0.25	banker 0.5	keep 0.25
làm_cho	cause 0.5	make 0.25	to 0.25
làm_cho_lo_ngaị	concern 1
làm_chủ	hold 0.25	own 0.5	ownesship 0.25
làm_chứng	witness 1
làm_công	work 1
làm_cùn	abate 1
làm_cỏ	shoot 0.25	up 0.25	weed 0.5
làm_cỗ	feast 0.5	prepare 0.5
làm_diụ	abate 0.3333	ease 0.3333	sedative 0.3333
làm_diụ_đi	abate 1
làm_duyên	another 0.25	mince 0.5	remember 0.25
làm_dáng	adorn 1
làm_dâu	daughter 0.5	law 0.5
làm_dâú	cross 0.3333	sign 0.3333	signal 0.3333
làm_dơ	dirty 1
làm_dữ	kick 0.3333	row 0.3333	up 0.3333
làm_giaù	enrich 1
làm_già	impose 0.5	terms 0.5
làm_giâý	paper 0.5	sign 0.5
làm_giả	counterfeit 0.5	fake 0.25	up 0.25
làm_giảm_bớt	abate 1
làm_giặc	rebel 0.5	revolt 0.5
làm_gì	no 0.3333	nothing 0.3333	what 0.3333
làm_gương	example 0.75	set 0.25
làm_gỉ	oxidize 1
làm_hàng	dress 0.5	window 0.5
làm_hư	spoil 1
làm_hạ_phẩm_giá	abase 1
làm_hỏng	foil 0.3333	thwart 0.3333	wreck 0.3333
làm_khoán	job 0.5	work 0.5
làm_khách	ceremony 0.5	stand 0.5
làm_laị	again 1
làm_liêù	risk 0.25	risks 0.25	run 0.5
làm_loạn	against 0.1667	rebel 0.5	up 0.1667	vise 0.1667
làm_luống_cuống	abash 1
làm_lành	up 1
làm_lông	deplume 0.5	pluck 0.5
làm_lúng_túng	abash 1
làm_lơ	ignore 1
làm_lẽ	become 0.5	concubine 0.5
làm_lễ	ceremony 0.25	hold 0.25	observe 0.25	rituals 0.25
làm_ma	burial 0.3333	hold 0.3333	rites 0.3333
làm_mai	act 0.5	matchmaker 0.5
làm_maù	crops 0.3333	grow 0.3333	subsidiary 0.3333
làm_mâũ	model 0.5	serve 0.5
làm_mất_hết	abate 1
làm_mất_thể_diện	abase 1
làm_mất_tinh_thần	dismay 1
làm_mềm	fabric 0.5	softener 0.5
làm_ngươì	man 1
làm_ngượng_nghiụ	abash 1
làm_nhàm	eating 0.1667	frequent 0.1667	palavering 0.5	snacks 0.1667
làm_nhục	abase 0.3333	affront 0.3333	insult 0.3333
làm_nhụt	abate 1
làm_nên	become 0.3333	grow 0.3333	life 0.1667	way 0.1667
làm_phiền	annoy 0.5	disturb 0.5
làm_quen	accquaintance 1
làm_rò_rỉ	leak 1
làm_sao	how 1
làm_sâỷ_thai	abort 0.5	abortifacient 0.5
làm_thành	form 1
làm_thất_vọng	disappoint 1
làm_tiền	blackmail 0.5	squeeze 0.5
làm_trâỳ	abrade 0.5	abrasive 0.5
làm_tình	love 0.5	sex 0.5
làm_tình_bằng_miệng	oral 0.5	sex 0.5
làm_tổ	nest 1
làm_tổn_thương	hurt 1
làm_việc	meet 0.25	session 0.125	work 0.5	working 0.125
làm_xanh	blue 1
làm_xong	come 0.125	end 0.375	finish 0.5
làm_xâú	dirty 1
làm_yêú_đi	abate 1
làm_ăn	do 0.1667	earn 0.1667	living 0.1667	to 0.1667	work 0.3333
làm_đĩ	prostitute 1
làm_ơn	please 1
làm_ơn_ngôì_xuống	down 0.3333	please 0.3333	sit 0.3333
làm_ơn_rẽ_phaỉ	please 0.3333	right 0.3333	turn 0.3333
làm_ơn_rẽ_traí	left 0.3333	please 0.3333	turn 0.3333
làn	basket 0.5	hand 0.5
làn_sóng	wave 1
làng	circles 0.1429	dang 0.07143	east 0.07143	set 0.1429	table 0.1429	tay 0.07143	village 0.2857	west 0.07143
làng_quê	village 1
lành	good 0.25	happy 0.25	heal 0.25	over 0.125	skin 0.125
lành_lặn	intact 0.5	unbroken 0.5
lá	leaf 0.6667	sheet 0.3333
lá_baì	card 1
lá_caỉ	rag 1
lá_chè	tea 1
lá_chét	foliole 0.5	leaflet 0.5
lá_chắn	shield 1
lá_cờ	banner 0.3333	flag 0.6667
lá_dong	phrynium 1
lá_lách	spleen 1
lá_miá	vomer 1
lá_miã	vomer 1
lá_mạ	leaf 0.3333	rice 0.3333	seeding 0.3333
lá_sen	collar 0.3333	jacket 0.3333	lining 0.3333
lá_sách	manifold 0.5	manyplies 0.5
lá_thăm	ballott 0.25	paper 0.5	voting 0.25
lá_thắm	letter 0.25	love 0.5	message 0.25
lá_toạ	belt 0.5	overturned 0.5
lá_trà	tea 1
lác	dartre 0.25	rush 0.25	squinting 0.5
lác_đác	scattered 0.5	spattered 0.5
lách	dodge 0.2	spleen 0.4	swerve 0.2	worm 0.2
lách_cách	clatter 0.5	click 0.5
lách_tách	crackle 0.5	splatter 0.5
láng	glossy 0.5	smooth 0.5
láng_giềng	neighbour 0.5	neighbouring 0.5
lánh	avoid 0.5	shun 0.5
lánh_mặt	avoid 0.5	meeting 0.5
lánh_nạn	away 0.25	flee 0.25	refuge 0.5
lánh_xa	aside 0.25	away 0.25	draw 0.25	keep 0.25
lát	pave 0.5	rush 0.5
lát_nưã	and 0.1111	before 0.1667	by 0.2222	later 0.3333	long 0.1667
lâm	forest 0.5	woods 0.5
lâm_bệnh	fall 0.25	ill 0.5	taken 0.25
lâm_chung	die 1
lâm_nghi	linyi 1
lâm_nạn	calamity 0.5	fall 0.5
lâm_thơì	provisional 1
lân	encroach 0.1667	kylin 0.1667	paper 0.08333	phosphorus 0.1667	turn 0.1667	unicorn 0.1667	unicornhead 0.08333
lân_cận	contiguous 0.25	near 0.25	neighbouring 0.25	next 0.25
lân_quang	phosphorescence 1
lân_tinh	phosphorous 1
lâng_lâng	acry 0.5	light 0.5
lâu	long 0.75	time 0.125	while 0.125
lâu_quá_không_gặp	long 0.3333	see 0.3333	time 0.3333
lâu_rôì_không_gặp	long 0.3333	see 0.3333	time 0.3333
lâu_đaì	castle 0.6667	palace 0.3333
lâu_đơì	long 0.5	standing 0.5
lây	communicate 0.3333	infect 0.3333	spread 0.3333
lây_lất	last 1
lâù	house 0.3333	multi 0.3333	storied 0.3333
lâù_xanh	brothel 1
lâý	carry 0.1	off 0.1	out 0.1	pull 0.2	take 0.1	to 0.1	walk 0.1	withdraw 0.2
lâý_chồng	marry 1
lâý_cung	interrogate 0.5	question 0.5
lâý_cớ	pretext 0.5	use 0.5
lâý_lòng	heart 0.3333	try 0.3333	win 0.3333
lâý_lệ	form's 0.25	perfunctorily 0.5	shake 0.25
lâý_vợ	marry 1
lâý_xuống	down 1
lâụ	blennorrhagia 0.25	contraband 0.25	gonorrhoea 0.25	illicit 0.25
lâụ_mủ	gonorrhea 1
lâủ	hot 0.5	pot 0.5
lâỳ	boggy 0.5	swampy 0.5
lâỳ_lôị	muddy 0.5	slushy 0.5
lâỳ_nhâỳ	gluey 0.3333	sticky 0.3333	viscous 0.3333
lâỹ_lừng	famous 0.5	known 0.25	well 0.25
lã_chã	down 0.5	flow 0.25	stream 0.25
lãng_mạn	love 0.3333	romantic 0.6667
lãng_phí	squander 0.5	waste 0.5
lãng_quên	oblivion 1
lãng_tử	vagabond 1
lãnh	get 0.1667	receive 0.3333	satin 0.3333	to 0.1667
lãnh_chuá	lord 1
lãnh_giơí	domain 1
lãnh_haỉ	sea 0.5	territories 0.5
lãnh_hôị	comprehend 0.5	digest 0.5
lãnh_sự	consul 1
lãnh_sự_quán	consulate 1
lãnh_thổ	domain 0.5	territory 0.5
lãnh_đaọ	conduct 0.125	guide 0.125	lead 0.25	leader 0.25	leaders 0.125	leadership 0.125
lãnh_điạ	domain 0.5	fief 0.5
lãnh_đạm	apathetic 0.25	chilly 0.25	cold 0.25	lukewarm 0.25
lè_nhè	drawling 1
lèn	cram 0.3333	ram 0.3333	stuff 0.3333
lé	cook 0.25	eyed 0.25	squint 0.5
lém	glib 0.5	voluble 0.5
lén	furtive 0.3333	sneaky 0.3333	stealthy 0.3333
lép	flat 1
lép_xẹp	deflated 1
lê	drag 0.3333	pear 0.6667
lê_nin	lenin 1
lê_thê	dragging 0.5	trailing 0.5
lê_đaị_hành	excellent 0.5	strategist 0.5
lên	ascent 0.1667	climb 0.1667	come 0.08333	go 0.08333	rise 0.1667	up 0.3333
lên_giá	apprecoate 0.5	price 0.25	raise 0.25
lên_gác	above 1
lên_lớp	lesson 0.5	teach 0.5
lên_men	ferment 1
lên_mặt	air 0.25	airs 0.5	put 0.25
lên_trên	aboard 0.5	above 0.5
lên_án	condemn 0.3333	judgment 0.3333	sentence 0.3333
lên_đường	away 0.25	off 0.25	start 0.5
lên_đường_bình_an	bon 0.5	voyage 0.5
lênh_láng	all 0.3333	over 0.3333	spead 0.1667	spill 0.1667
lênh_đênh	drift 0.5	float 0.5
lênin	lenin 1
lêù	tent 1
lêú_laó	slovenly 0.5	untidy 0.5
lì	braren 0.3333	brassy 0.3333	motionless 0.3333
lì_xì	envelope 0.5	red 0.5
lình	skewer 1
lí_lắc	alive 1
lí_lẽ	argument 1
lính	private 0.5	soldier 0.5
lính_bộ_binh	foot 0.5	soldier 0.5
lính_cưú_hoả	firefighter 1
lính_quýnh	bungle 1
lính_thuỷ_đánh_bộ	corps 0.5	marine 0.5
lính_đánh_thuê	mercenary 1
líp	heal 0.5	over 0.25	skin 0.25
lít	liter 0.3333	litre 0.6667
lò	furnace 0.1667	heater 0.1667	kiln 0.3333	oven 0.3333
lò_bánh_mì	bakery 1
lò_cò	hop 1
lò_hoả_táng	crematorium 1
lò_kò	hop 1
lò_mổ	abattoir 1
lò_nướng	oven 1
lò_sát_sinh	abattoir 1
lò_thiêu	crematorium 1
lò_thiêu_xác	crematorium 1
lò_xo	spring 1
lòm	very 1
lòng	bed 0.25	heart 0.25	mind 0.25	soul 0.25
lòng_bàn_tay	palm 1
lòng_dân	esteem 0.25	popularity 0.5	public 0.25
lòng_heo	pig's 0.5	tripes 0.5
lòng_lang_dạ_thú	barbarous 0.5	smel 0.5
lòng_nhân	charity 1
lòng_sông	bed 0.5	river 0.5
lòng_trắng	albumen 1
lòng_tốt	kindheart 0.5	kindness 0.5
lòng_tự_trọng	respect 0.5	self 0.5
lòng_đỏ	yolk 1
ló	appear 0.3333	come 0.1667	heave 0.3333	sight 0.1667
lóc	cut 0.25	dissect 0.5	up 0.25
lóng	cant 0.5	internode 0.25	slang 0.25
lóng_ngóng	waiting 1
lót	line 1
lót_ổ	build 0.5	nest 0.5
lô	batch 0.25	hot 0.125	lot 0.25	portion 0.25	pot 0.125
lô_cốt	blockhouse 1
lôga	logarithm 1
lôgarit	logarithm 1
lôi	drag 0.5	pull 0.5
lôi_cuốn	along 0.5	carry 0.25	draw 0.25
lôi_thôi	careless 0.3333	slovenly 0.3333	untidy 0.3333
lông	coat 0.2	feather 0.2	fur 0.2	hair 0.4
lông_chim	feather 1
lông_maỳ	eyebrow 0.5	eyebrows 0.5
lông_mi	cilia 0.3333	eyelash 0.3333	eyelashes 0.3333
lông_mu	hair 0.5	pubic 0.5
lông_vũ	feather 1
lôì	convex 0.5	prominent 0.5
lôí	manner 0.25	path 0.25	style 0.25	way 0.25
lôí_câù_khẩn	subjunctive 1
lôí_ra	exit 1
lôí_vaò	entrance 1
lôí_vô_định	infinitive 1
lôĩ	blame 0.1667	error 0.1667	fail 0.08333	fault 0.1667	keep 0.08333	mistake 0.3333
lôĩ_thơì	date 0.25	model 0.25	out 0.5
lôị	swim 0.5	wade 0.5
lõm	deep 0.25	set 0.25	sunken 0.5
lùm	grove 0.5	heaped 0.5
lùn	dwarf 0.5	short 0.5
lùn_tè	dwarf 0.25	shoet 0.25	unsightly 0.5
lùn_tịt	dwarf 0.25	short 0.25	unsightly 0.25	unusually 0.25
lùng	scour 1
lùng_bắt	down 0.5	hunt 0.5
lùng_nhùng	flaccid 0.5	wet 0.5
lùng_sục	rummage 0.5	scour 0.5
lùng_thùng	loose 0.5	too 0.5
lùng_tùng	drum 0.5	rolls 0.5
lú	brained 0.25	dull 0.25	pull 0.25	witted 0.25
lúc	at 0.2	moment 0.2	time 0.2	when 0.2	while 0.2
lúc_lắc	oscillate 0.5	swing 0.5
lúc_naò	when 1
lúc_nhúc	abound 1
lún	delve 0.25	settle 0.25	sink 0.25	subside 0.25
lúng_túng	embarrassed 0.5	perplexed 0.5
lút_đâù	ears 0.5	up 0.5
lý	ground 0.3333	li 0.3333	reason 0.3333
lý_do	argument 0.3333	cause 0.3333	reason 0.3333
lý_giaỉ	comprehend 1
lý_hoá	chemistry 0.5	physics 0.5
lý_luận	argue 0.5	reason 0.5
lý_lẽ	argument 1
lý_lịch	curriculum 0.5	vitae 0.5
lý_lịch_tư_pháp	criminal 0.5	record 0.5
lý_sinh_học	biophysics 1
lý_thuyết	theory 1
lý_thuyết_hỗn_loạn	chaos 0.5	theory 0.5
lý_thuyết_trò_chơi	game 0.5	theory 0.5
lý_trí	faculty 0.25	reason 0.5	reasoning 0.25
lý_tưởng	ideal 1
lăm_le	attempt 0.5	intend 0.5
lăn	roll 0.6667	wallow 0.3333
lăn_lộn	throw 0.5	toss 0.5
lăng	imperial 0.25	royal 0.25	tomb 0.5
lăng_kính	prism 1
lăng_loàn	pert 0.5	saucy 0.5
lăng_mạ	revile 1
lăng_mộ	mausoleum 1
lăng_nhục	humiliate 0.5	insult 0.5
lăng_quăng	loiter 1
lăng_trụ	prism 1
lăng_tẩm	mausoleums 0.3333	royal 0.1667	tomb 0.3333	tombs 0.1667
lăng_xăng	bustle 1
lĩnh	receive 1
lũ	band 0.1111	croud 0.1111	flood 0.1111	floods 0.1111	freshet 0.1111	gang 0.2222	set 0.1111	spate 0.1111
lũ_lụt	flood 0.5	flooding 0.5
lũm	sunken 1
lũn_cũn	short 0.5	too 0.5
lũng	valley 1
lũng_đoạn	corner 0.5	monopolize 0.5
lơ	dissemble 0.5	ignore 0.5
lơ_mơ	vague 1
lơ_đãng	absent 1
lơì	interest 0.25	profit 0.25	word 0.5
lơì_chaò	welcome 1
lơì_hoan_nghênh	welcome 1
lơì_hưá	engagement 0.3333	promise 0.3333	word 0.3333
lơì_khuyên	admonition 0.3333	advise 0.3333	counsel 0.3333
lơì_không	no 1
lơì_noí	speech 1
lơì_noí_dôí	lie 1
lơì_noí_khó_hiêủ	abracadabra 1
lơì_noí_lắp_bắp	gibberish 1
lơì_noí_đuà	joke 1
lơì_thuyết_minh	over 0.5	voice 0.5
lơì_thề	oath 1
lơì_tưạ	foreword 0.3333	preface 0.6667
lơị	gum 0.3333	loosen 0.3333	profit 0.3333
lơị_dụng	advantage 0.3333	benefit 0.3333	use 0.3333
lơị_tức	income 0.5	revenue 0.5
lơị_ích	benefit 0.25	benefits 0.25	interest 0.25	profit 0.25
lư	urn 1
lư_hương	burner 0.25	censer 0.5	incense 0.25
lưng	back 1
lưng_chừng	done 0.25	half 0.5	way 0.25
lưng_tròng	eyes 0.3333	moistened 0.3333	tears 0.3333
lưng_vốn	capital 1
lưu	detain 0.3333	keep 0.3333	sulfur 0.3333
lưu_ban	class 0.5	repeat 0.5
lưu_biến_học	rheology 1
lưu_chiêủ	copyright 0.5	deposit 0.5
lưu_chuyển	circulation 0.5	turnover 0.5
lưu_câù	inlaid 0.3333	jade 0.3333	sword 0.3333
lưu_cưũ	long 0.5	standing 0.5
lưu_danh	good 0.3333	leave 0.3333	name 0.3333
lưu_dụng	keep 0.5	office 0.25	use 0.25
lưu_hoàng	sulphur 1
lưu_hoá	vulcanize 1
lưu_huyết	blood 0.5	shed 0.5
lưu_huỳnh	sulfur 1
lưu_hành	circulate 1
lưu_học_sinh	abroad 0.3333	learning 0.3333	student 0.3333
lưu_laị	stay 1
lưu_loát	fluent 0.5	ready 0.25	smooth 0.25
lưu_lãng	vagrant 1
lưu_lạc	drift 1
lưu_manh	scoundred 1
lưu_nhiệm	continue 0.3333	elect 0.2778	re 0.1667	second 0.1111	term 0.1111
lưu_niên	perennial 1
lưu_niệm	keep 0.5	sake 0.5
lưu_thông	circulation 0.5	traffic 0.5
lưu_truyền	down 0.25	hand 0.25	pass 0.25	tradition 0.25
lưu_trú	reside 0.75	temporarily 0.25
lưu_trữ	archives 0.5	keep 0.5
lưu_trữ_viên	archvist 1
lưu_tâm	attention 0.25	notice 0.5	pay 0.25
lưu_vong	exile 1
lưu_vực	barin 0.5	valley 0.5
lưu_đaỳ	banish 0.3333	deport 0.3333	exile 0.3333
lưu_đãng	life 0.3333	live 0.3333	wandering 0.3333
lưu_động	ambulatory 0.5	mobile 0.5
lưà	ass 0.25	cheat 0.125	delude 0.125	donkey 0.25	dupe 0.125	jackass 0.125
lưà_bịp	dupe 0.5	fool 0.5
lưà_con	foal 1
lưà_dôí	compliance 0.25	obedience 0.25	trick 0.5
lưà_gạt	deceive 0.5	dupe 0.5
lưà_lọc	arrange 0.5	select 0.5
lưà_phỉnh	coax 0.5	wheedle 0.5
lưà_đaỏ	defrawd 0.5	swindle 0.5
lưà_đem_đi	abduct 1
lưá	brook 0.2	class 0.2	farrow 0.2	litter 0.2	rank 0.2
lưá_tuôỉ	age 0.75	group 0.25
lưã	long 0.5	many 0.25	time 0.25
lươi_lam	blade 0.5	razor 0.5
lươm_bươm	ragged 1
lươn	eal 0.5	eel 0.5
lươn_khươn	drag 0.75	feet 0.25
lươn_leọ	crooked 1
lương	pay 0.25	salary 0.5	wage 0.25
lương_bổng	pay 0.3333	salary 0.3333	wages 0.3333
lương_duyên	happy 0.5	marriage 0.5
lương_dân	citizen 0.25	civilian 0.5	ordinary 0.25
lương_khô	dry 0.5	provisions 0.5
lương_thiện	good 0.5	honest 0.5
lương_thực	foods 0.3333	provisions 0.3333	rations 0.3333
lương_tri	right 0.4167	sense 0.1667	senses 0.25	wrong 0.1667
lương_tâm	conscience 1
lương_y	galenic 0.25	herbalist 0.5	physician 0.25
lương_đống	marriage 0.5	pillar 0.5
lươì	lazy 0.5	sloth 0.25	slothful 0.25
lươì_biếng	idle 0.25	insolent 0.25	lazy 0.5
lươí	net 1
lươí_mắt_caó	trellis 1
lươí_nhện	cobweb 0.5	spider's 0.25	web 0.25
lươí_quăng	cast 0.5	net 0.5
lươí_rê	drag 0.25	net 0.25	trawl 0.5
lươí_sắt	grille 1
lươí_tình	amorous 0.5	nets 0.5
lươí_vây	net 0.25	seine 0.5	tunny 0.25
lươí_vét	dredge 1
lươí_vợt	hoop 0.5	net 0.5
lươí_điện	grid 1
lươĩ	blade 0.3333	tongue 0.6667
lươĩ_câu	fish 0.5	hook 0.5
lươĩ_gà	reed 0.2	tongue 0.2	uvula 0.4	valve 0.2
lươĩ_gươm	sword 1
lươĩ_khoan	bit 1
lươĩ_liềm	sickle 1
lươĩ_lê	bayonet 1
lươĩ_trai	peak 0.5	visor 0.5
lưạ	choose 0.3333	out 0.1667	pick 0.1667	select 0.3333
lưạ_chọn	choose 0.4	pick 0.2	select 0.2	sort 0.2
lưả	fire 0.6667	light 0.3333
lưả_binh	fine 0.1667	sword 0.1667	war 0.3333	warfare 0.3333
lưả_dục	flame 0.5	passions 0.5
lưả_hận	burning 0.25	feud 0.25	fit 0.1667	hatred 0.1667	violent 0.1667
lưả_lòng	dessre 0.25	lust 0.5	violent 0.25
lưả_rơm	blaze 0.1667	fire 0.25	short 0.1667	straw 0.25	suddden 0.1667
lưả_traị	camp 0.5	fire 0.5
lưả_tình	ardour 0.5	passions 0.5
lưả_đạn	war 1
lướng_vướng	hampered 0.5	hindered 0.5
lướt	glide 0.5	graze 0.5
lướt_mướt	soaking 0.5	wet 0.5
lướt_thướt	flowing 0.5	trailing 0.5
lướt_ván	skiing 0.5	water 0.5
lườm	askance 0.25	look 0.25	scoul 0.5
lườm_nguýt	black 0.5	look 0.5
lườn	breast 0.3333	fillet 0.1667	keel 0.3333	rib 0.1667
lường	cheat 0.1667	confidence 0.05556	deceive 0.1667	fathom 0.1667	measure 0.1667	play 0.05556	swindle 0.1667	trick 0.05556
lường_gạt	deceive 0.3333	dupe 0.3333	fool 0.3333
lưỡng_chiết	birefringent 1
lưỡng_cư	amphibian 1
lưỡng_cực	bipolar 0.3333	dipolar 0.3333	twopole 0.3333
lưỡng_hình	dimorphic 0.5	dimorphous 0.5
lưỡng_lự	hesitate 0.5	waver 0.5
lưỡng_nghi	earth 0.5	heaven 0.5
lưỡng_phân	dichotonal 0.5	dichtomous 0.5
lưỡng_quyền	bones 0.5	check 0.5
lưỡng_tiết_côn	nunchaku 1
lưỡng_tiện	both 0.3333	convenient 0.3333	ways 0.3333
lưỡng_tính	hermaphrodite 1
lưỡng_tự	hesitate 0.3333	minds 0.1667	two 0.1667	waver 0.3333
lưỡng_viện_chế	bicameralism 1
lưỡng_viện_chế_độ	bicameralism 1
lược	baste 0.25	comb 0.5	prune 0.25
lược_bí	comb 0.3333	fine 0.1667	small 0.1667	tooth 0.1667	toothed 0.1667
lược_dịch	loose 0.25	summarily 0.25	translate 0.25	translation 0.25
lược_khaỏ	examine 0.5	summarily 0.5
lược_sử	history 0.5	summary 0.5
lược_thaỏ	art 0.25	strategy 0.5	war 0.25
lược_thuật	briefly 0.5	relate 0.5
lược_thưa	comb 0.25	conb 0.1667	dressing 0.25	large 0.1667	tooth 0.1667
lược_đồ	diagram 0.5	sketch 0.5
lượm	pick 0.25	up 0.75
lượm_lặt	gather 0.3333	here 0.3333	there 0.3333
lượn	glide 0.3333	hover 0.3333	soar 0.3333
lượn_lờ	wander 1
lượng	cardinal 0.3333	quantity 0.3333	tael 0.3333
lượng_cá	generosity 1
lượng_giác	trigonometry 1
lượng_giác_học	trigonometry 1
lượng_mưa	rainfall 1
lượng_số	quantity 1
lượng_thứ	excuse 0.5	forgive 0.5
lượng_tình	out 0.3333	pardon 0.3333	sympathy 0.3333
lượng_từ	classifier 0.5	measure 0.25	word 0.25
lượng_tử	quantum 1
lượng_tử_hoá	quantify 1
lượt	time 0.5	turn 0.5
lượt_bấm_chuột	click 1
lượt_khách	arrivals 0.5	tourist 0.1667	visitors 0.3333
lượt_kích	click 1
lượt_là	silks 1
lượt_nhấn_chuột	click 1
lượt_nhấp_chuột	click 1
lượt_ấn_chuột	click 1
lưụ	pomegranate 1
lưụ_phaó	barrel 0.1667	howitzer 0.5	mortar 0.1667	short 0.1667
lưụ_đạn	grenade 1
lạ	foreign 0.5	strange 0.5
lạ_gì	every 0.25	knowledge 0.25	unaware 0.5
lạ_kỳ	queer 0.5	strange 0.5
lạ_lùng	extraordinary 0.3333	strange 0.6667
lạ_miệng	eaten 0.1667	first 0.1667	strange 0.25	taste 0.25	time 0.1667
lạ_mắt	looking 0.5	strange 0.5
lạ_mặt	foreign 0.5	strange 0.5
lạ_thường	extraordinary 0.5	unusual 0.5
lạ_đơì	queer 0.5	trange 0.5
lạc	ground 0.1	lose 0.2	lost 0.2	nut 0.1	peanut 0.2	stray 0.2
lạc_dương	luoyang 1
lạc_hâù	paladin 1
lạc_hâụ	backward 0.3333	behind 0.3333	lagging 0.3333
lạc_hướng	bearing 0.5	lose 0.5
lạc_khoản	name 0.5	tile 0.5
lạc_loaì	alone 0.3333	land 0.3333	strange 0.3333
lạc_long_quân	fairy's 0.3333	geographically 0.3333	grandchildren 0.3333
lạc_lôí	lone 0.1667	lost 0.6667	way 0.1667
lạc_lõng	lost 0.5	stray 0.5
lạc_nghiệp	down 0.5	settle 0.5
lạc_quan	optimistic 0.5	sanguine 0.5
lạc_quyền	collection 0.25	subscribe 0.5	up 0.25
lạc_thành	ceremony 0.1667	hanging 0.3333	pot 0.3333	pqrty 0.1667
lạc_thú	comforts 0.3333	delight 0.3333	pleasure 0.3333
lạc_tiên	flower 0.5	passion 0.5
lạc_tướng	chief 0.5	military 0.5
lạc_vận	out 0.5	rhyme 0.5
lạc_điêụ	out 0.5	tune 0.5
lạc_đà	camel 1
lạc_đà_một_bươú	dromedary 1
lạc_đà_ả_rập	dromedary 1
lạc_đàn	herd 0.5	stray 0.5
lạc_đường	astray 0.1667	go 0.1667	lose 0.1667	lost 0.3333	way 0.1667
lạc_đề	digress 0.5	subject 0.5
lạch	canal 0.5	rivulet 0.5
lạch_bạch	waddle 1
lạch_cạch	clack 1
lạch_tạch	crack 1
lạch_đạch	waddle 1
lạm_dụng	abuse 0.5	misuse 0.5
lạm_phát	inflate 1
lạng	cut 0.1667	slices 0.1667	tael 0.5	thin 0.1667
lạnh	chilly 0.3333	cold 0.6667
lạnh_leõ	cheerless 0.125	chilly 0.25	cold 0.625
lạnh_lùng	cold 0.6667	frigid 0.3333
lạnh_ngươì	blood 0.3333	feel 0.3333	freeze 0.3333
lạnh_nhạt	frigid 0.5	frosty 0.5
lạp	beeswax 1
lạp_lục	chloroplast 1
lạp_xưởng	chinese 0.5	sausage 0.5
lạt	bamboo 0.125	flat 0.25	insipid 0.25	salted 0.25	string 0.125
lả	exhausted 0.5	weak 0.5
lả_lơi	familiarities 0.5	indulge 0.5
lả_lướt	limp 0.5	listless 0.5
lả_tả	incoherent 0.5	loose 0.5
lảng	away 0.5	slip 0.25	sneak 0.25
lảng_tránh	evade 1
lảng_vảng	prowl 1
lấm_chấm	dotted 0.5	spotted 0.5
lấm_lét	look 0.5	slyly 0.5
lấm_tấm	like 0.5	spray 0.5
lấn	encroach 0.3333	infringe 0.3333	nudge 0.3333
lấp	fill 0.1667	occlude 0.3333	stop 0.3333	up 0.1667
lấp_liếm	gloss 0.5	over 0.5
lấp_lánh	gleam 0.3333	sparkle 0.3333	twinkle 0.3333
lấp_ló	flicker 1
lấp_đất	earth 1
lầm	confuse 0.5	mistake 0.5
lầm_bầm	grumble 0.5	mumble 0.5
lầm_lôĩ	fault 0.5	mistake 0.5
lầm_lạc	aberrant 0.25	aberration 0.25	unsound 0.25	wrong 0.25
lầm_lẫn	misjudge 0.5	mistake 0.5
lầm_lỳ	bittle 0.25	saying 0.25	taciturn 0.5
lầm_than	miserable 0.5	wretched 0.5
lần	grope 0.125	shuffle 0.25	time 0.5	way 0.125
lần_hôì	gradually 0.5	little 0.5
lần_lượt	roster 0.5	turn 0.5
lẩm_bẩm	mumble 1
lẩm_cẩm	doting 1
lẩn	away 0.25	off 0.25	slip 0.25	steal 0.25
lẩn_quất	lurk 1
lẩn_quẩn	follow 0.5	hover 0.5
lẩn_tránh	elude 1
lẩn_vaò	get 0.1667	in 0.1667	mingle 0.5	to 0.1667
lẫm_liệt	imposing 0.5	stately 0.5
lẫn	a 0.08333	confound 0.25	doting 0.25	forgetful 0.25	make 0.08333	to 0.08333
lẫn_lộn	confused 0.5	mixed 0.5
lận_đận	unsucessful 1
lập	erect 0.3333	establish 0.3333	form 0.3333
lập_chí	mind 0.5	set 0.5
lập_công	achieve 0.5	feat 0.5
lập_dị	eccentric 1
lập_gia_đình	marry 1
lập_gia_đình_tôi	marry 0.3333	me 0.3333	will 0.3333
lập_kỷ_lục	achieve 0.5	record 0.5
lập_mưu	draw 0.3333	scheme 0.3333	up 0.3333
lập_nghiệp	business 0.5	establish 0.5
lập_pháp	laws 0.5	legislate 0.5
lập_thể	cubism 1
lập_trình_viên	programmer 1
lập_trường	point 0.25	standpoint 0.5	view 0.25
lập_tức	immediately 0.5	once 0.5
lật	capsize 0.3333	over 0.1667	turn 0.1667	upturn 0.3333
lật_nhaò	overthrow 0.5	overturn 0.5
lật_tâỷ	unmask 1
lật_đật	hastily 0.5	hurriedly 0.5
lật_đổ	overthrow 0.5	subvert 0.5
lắc	bump 0.3333	shake 0.3333	wag 0.3333
lắc_lư	oscillate 0.5	swing 0.5
lắm	very 1
lắng	deposit 1
lắng_nghe	listen 1
lắp	fit 0.3333	join 0.3333	repeat 0.3333
lắt_nhắt	minute 0.5	tiny 0.5
lằn	fold 0.3333	welt 0.3333	wrinkle 0.3333
lằn_gạch	chalk 1
lằn_roi	welt 1
lằng_nhằng	drag 1
lẳng_lơ	gay 0.3333	immoral 0.3333	light 0.3333
lẵng	basket 1
lặn	dive 0.5	set 0.25	submerge 0.25
lặng	calm 0.3333	quiet 0.3333	silent 0.3333
lặng_lẽ	quiet 0.5	silent 0.5
lặng_ngắt	dead 0.5	silence 0.5
lặng_thinh	keep 0.5	quiet 0.5
lặp_laị	repeat 1
lặt_vặt	sundry 1
lẹ	rapid 0.3333	speedy 0.3333	swift 0.3333
lẹt_đẹt	behinbhand 1
lẻ	odd 0.5	uneven 0.5
lẻ_loi	lonely 0.5	mone 0.5
lẻ_tẻ	scattered 0.5	sparse 0.5
lẽ	reason 1
lẽ_phaỉ	common 0.1667	reason 0.3333	right 0.3333	sense 0.1667
lẽ_ra	ought 1
lẽ_sống	ideal 0.5	life 0.5
lẽ_thường_tình	common 0.5	course 0.25	sense 0.25
lề	edge 0.5	margin 0.5
lề_lôí	manner 0.5	way 0.5
lề_mề	dwadling 0.5	idle 0.5
lề_thoí	practice 1
lề_đường	pavement 0.3333	road 0.1667	side 0.1667	sidewalk 0.3333
lềnh_bềnh	cumbersome 0.5	cumbrous 0.5
lể	extract 0.25	scarify 0.5	thorn 0.25
lể_cươí	marriage 1
lể_phép	polite 1
lể_rưã_tôị	baptism 1
lễ	bribe 0.2	day 0.1	festival 0.2	festive 0.1	holiday 0.2	kowtow 0.2
lễ_baí	worship 1
lễ_các_thánh	all 0.3333	day 0.3333	saints 0.3333
lễ_các_đẳng	all 0.3333	day 0.3333	souls 0.3333
lễ_giaó	behaviour 0.25	ethical 0.25	rites 0.5
lễ_giáng_sinh	christmas 1
lễ_hôị	festival 1
lễ_mét	mass 1
lễ_nghi	rites 0.5	rituals 0.5
lễ_nghiã	politeness 0.5	reason 0.5
lễ_phép	courtesy 0.5	politeness 0.5
lễ_phục	dress 0.25	formal 0.25	full 0.25	uniform 0.25
lễ_phục_sinh	easter 1
lễ_quá_haỉ	passover 1
lễ_rưả_tôị	ablution 1
lễ_tạ_ơn	thanksgiving 1
lễ_tắm_gôị	ablution 1
lễ_vượt_qua	passover 1
lễ_vật	gift 0.3333	offering 0.3333	present 0.3333
lễ_độ	courteous 0.5	polite 0.5
lệ	tear 1
lệ_giang	lijiang 1
lệ_luật	custom 0.5	law 0.5
lệ_phí	cost 0.5	expenses 0.5
lệ_thuộc	dependent 0.5	subordinate 0.5
lệnh	decree 0.5	order 0.5
lệnh_giơí_nghiêm	curfew 1
lệnh_ngừng_bắn	ceasefire 1
lị	dysentary 1
lịch	calendar 1
lịch_gregorius	calendar 0.5	gregorian 0.5
lịch_lãm	look 0.5	over 0.5
lịch_sử	ancient 0.0625	capital 0.04167	central 0.0625	first 0.04167	historical 0.125	history 0.25	incontestably 0.125	pagodas 0.125	times 0.0625	vietnam 0.1042
lịch_sự	civil 0.25	courteous 0.25	polite 0.5
lịm	consciousness 0.5	lose 0.5
lịnh	command 0.3333	dictate 0.3333	order 0.3333
lọ	jar 0.3333	phial 0.3333	soot 0.1667	vase 0.1667
lọ_hoa	vase 1
lọ_lem	cinderella 0.5	dirty 0.5
lọ_mực	inkwell 1
lọc	cleanse 0.25	filter 0.5	purify 0.25
lọc_loĩ	wise 0.5	worldly 0.5
lọc_lưà	carefully 0.5	choose 0.5
lọn	curl 0.3333	lock 0.3333	ringlet 0.3333
lọng	parasol 1
lọt	fall 1
lọt_lòng	born 1
lỏng	liquid 0.3333	thin 0.3333	watery 0.3333
lố	dozen 1
lố_lăng	ridiculous 1
lốm_đốm	speckled 0.5	spotted 0.5
lốp	tire 0.5	tyre 0.5
lốt_an_giơ_lét	angeles 0.5	los 0.5
lồn	cunt 0.6667	vagina 0.3333
lồng	bolt 0.25	cage 0.5	rear 0.25
lồng_lộng	high 0.25	immense 0.5	large 0.25
lỗ	loss 1
lỗ_khoá	keyhole 1
lỗ_muĩ	nostril 1
lỗ_mãng	abusive 0.3333	coarse 0.3333	rude 0.3333
lỗ_tai	ear 0.75	hole 0.25
lỗ_đít	anus 1
lộ	burst 0.125	come 0.125	forth 0.125	out 0.125	road 0.25	street 0.25
lộ_diện	face 0.5	show 0.5
lộ_trình	itinerary 0.3333	road 0.3333	route 0.3333
lộc	bud 0.5	deer 0.25	kind 0.25
lộn	confound 0.3333	confuse 0.3333	mistake 0.3333
lộn_ngược	down 0.5	upside 0.5
lộn_xộn	confusion 0.5	disorder 0.5
lộng_lâỹ	luxurious 0.5	splendid 0.5
lộng_quyền	abuse 0.5	power 0.5
lột	off 0.25	skin 0.5	throw 0.25
lột_mặt_nạ	unmask 1
lớn	big 0.6667	large 0.3333
lớp	bed 0.4	coat 0.2	layer 0.2	stratum 0.2
lớp_học	classroom 1
lớp_lang	order 1
lớp_thú	mammal 1
lờ	cut 0.3333	el 0.3333	know 0.1667	pretend 0.1667
lờ_mờ	gray 1
lờ_đờ	dull 0.3333	glassy 0.3333	lack 0.1667	lustre 0.1667
lờn	disrespectful 0.5	familiar 0.25	too 0.25
lở_đất	mudslide 1
lởm_chởm	bristling 0.5	brushy 0.5
lỡ	fail 0.3333	lose 0.3333	miss 0.3333
lợm_giọng	nauseate 1
lợn	heo 1
lợn_con	piglet 1
lợn_nước	hippopotamus 1
lợn_rừng	boar 0.5	wild 0.5
lợp	cover 0.5	roof 0.5
lợt	pale 1
lục	forage 0.25	green 0.5	search 0.25
lục_archaic	green 1
lục_baỏ	emerald 1
lục_bình	hyacinth 0.5	water 0.5
lục_bục	bubble 1
lục_chiến	marine 1
lục_cá_nguyệt	semester 1
lục_diện	hexahedron 1
lục_huyền_cầm	guitar 1
lục_loị	forage 0.3333	rummage 0.3333	search 0.1667	thoroughly 0.1667
lục_lạc	tintinnabulum 1
lục_vấn	examine 0.5	interrogate 0.5
lục_xì	medical 0.3333	prostitues 0.3333	service 0.3333
lục_đaọ	roads 1
lục_điạ	continent 0.5	mainland 0.5
lục_đục	confliet 0.5	disagree 0.5
lụn_baị	fall 0.5	ruin 0.5
lụn_vụn	rifling 1
lụng_nhụng	flaccid 0.5	tounh 0.5
lụp_xụp	low 1
lụt	blunt 0.2	dull 0.2	flood 0.4	inundation 0.2
lụt_lôị	flood 0.3333	flooded 0.1667	inundated 0.3333	inundation 0.1667
lủm	bolt 0.5	swallow 0.25	whole 0.25
lủn	short 1
lủn_chủn	diminutive 0.5	undersized 0.5
lủn_củn	short 0.5	too 0.5
lủn_mủn	mean 1
lủng_củng	disagreement 0.5	dissension 0.5
lủng_liểng	dangle 0.5	swing 0.5
lủng_lẳng	dangle 0.5	down 0.1667	hang 0.1667	loosely 0.1667
lứt	husked 1
lừ	angrily 0.1667	glower 0.5	silenty 0.1667	stare 0.1667
lừ_khừ	feel 0.1667	out 0.1667	sicken 0.5	sorts 0.1667
lừ_lừ	silent 0.5	speechless 0.5
lừng	diffuse 0.3333	pervade 0.3333	resound 0.3333
lừng_danh	fame 0.5	win 0.5
lừng_khừng	dally 0.1667	dilly 0.1667	hesitate 0.3333	waver 0.3333
lừng_lâỹ	celebrated 0.3333	famous 0.3333	illustrious 0.3333
lử	out 0.5	tired 0.5
lửng	badger 0.25	done 0.125	fill 0.125	half 0.25	nearly 0.125	way 0.125
lửng_dạ	eat 0.5	fill 0.5
lửng_lơ	hanging 0.5	pendent 0.5
lữ	brigade 1
lữ_hành	tourism 0.5	travel 0.5
lữ_khách	traveller 1
lữ_quán	hotel 0.5	inn 0.5
lữ_thứ	accommodatin 0.25	accommodation 0.25	hotel 0.25	inn 0.25
lữ_trưởng	brigadier 1
lữ_điếm	hotel 0.5	inn 0.5
lữ_đoàn	brigade 1
lữ_đoàn_trưởng	brigadier 1
lững_chững	toddle 1
lững_lờ	sluggish 1
lững_thững	amble 0.3333	deliberate 0.1111	steps 0.1111	stroll 0.3333	walk 0.1111
lực	force 0.6667	strength 0.3333
lực_dịch	corvee 1
lực_học	dynamology 0.5	mechanics 0.5
lực_kế	dynamometer 1
lực_lưỡng	burly 0.5	strong 0.5
lực_lượng	cardinality 0.3333	froce 0.3333	strength 0.3333
lực_sĩ	athlete 0.5	bodybuilder 0.5
lực_điền	hefty 0.5	peasant 0.5
ma	devil 0.25	funeral 0.125	ghost 0.25	ma 0.125	specter 0.125	spirit 0.125
ma_cao	macau 1
ma_cà_bông	vagabon 0.5	vagrand 0.5
ma_cà_rồng	vampire 1
ma_cô	pander 0.3333	pimp 0.3333	procurer 0.3333
ma_dút	diesel 0.5	oil 0.5
ma_két	model 1
ma_lem	bedaubed 0.3333	begrimed 0.3333	soiled 0.3333
ma_lực	extraodinary 0.5	power 0.5
ma_men	demon 0.5	drunkeness 0.5
ma_quaí	demon 1
ma_quỉ	ghost 1
ma_quỷ	demon 0.3333	devil 0.5	ghosts 0.1667
ma_soí	werewolf 1
ma_thuật	sorcery 1
ma_tuý	drug 0.5	narcotic 0.5
ma_tốt	brownie 1
macarôni	macaroni 1
maccố	mark 1
macedonia	macedonia 1
macma	magma 1
madhya_pradesh	madhya 0.5	pradesh 0.5
madrid	madrid 1
maebashi	maebashi 1
magiê	magnesium 1
mai	carapace 0.25	spade 0.25	tomorrow 0.5
mai_hoa	blossom 0.25	munia 0.25	plum 0.25	red 0.25
mai_maí	leaden 1
mai_môí	maker 0.5	match 0.5
mai_phục	ambush 0.75	lie 0.25
mai_sau	future 1
mai_táng	bury 0.5	entomb 0.25	inter 0.25
malaysia	malaysia 1
man	false 1
man_di	barous 0.25	bear 0.25	savage 0.5
man_mác	immense 0.5	vague 0.5
man_rợ	barbarous 0.5	savage 0.5
man_to_man	love 1
man_trá	frandulent 1
mang	bear 0.1429	branchiak 0.1429	carry 0.2857	gills 0.1429	walk 0.1429	wear 0.1429
mang_laị	bring 1
mang_máng	dimly 0.5	vaguely 0.5
mang_tiếng	bad 0.3333	reputation 0.3333	suffer 0.3333
manga	manga 1
mangalore	mangalore 1
mangan	manganese 1
manh	piece 1
manh_môí	clue 1
manh_nha	germ 0.5	sprout 0.5
manh_tâm	intend 1
manitoba	manitoba 1
mao	mao 1
mao_quản	capillary 1
maria	mary 1
marijuana	marijuana 1
maroc	morocco 1
marx	marx 1
matsue	matsue 1
matthiá	matthias 1
matthêú	matthew 1
mau	fast 0.4	quickly 0.4	rapidly 0.2
mau_chóng	prompt 0.3333	quick 0.3333	rapid 0.3333
mau_lên	go 0.1667	hurry 0.5	let's 0.1667	up 0.1667
mau_mắn	active 0.3333	agile 0.3333	brisk 0.3333
mauritius	mauritius 1
may	fortunate 0.1429	happy 0.1429	lucky 0.2857	sen 0.1429	sew 0.1429	stitch 0.1429
may_mà	fortunetely 0.5	luckily 0.5
may_mắn	fortunate 0.25	happy 0.25	lucky 0.5
may_sẵn	ready 1
maì	sharpen 0.5	whet 0.5
maì_miệt	absorbed 1
maì_mòn	abrade 1
maí	fermale 0.3333	hen 0.3333	roof 0.3333
maí_cheò	dar 1
maí_hiên	porch 0.25	roof 0.25	veranda 0.5
maí_nhà	roof 1
maí_tóc	hair 1
maò	comb 0.5	crest 0.5
maù	color 0.5	colour 0.5
maù_be	beige 1
maù_cam	orange 1
maù_chanh	lemon 1
maù_chuôí	banana 1
maù_cà_phê	coffee 1
maù_da	color 0.5	skin 0.5
maù_hồng	pink 1
maù_kaki	khaki 1
maù_khaki	khaki 1
maù_mè	shonry 0.5	unctuous 0.5
maù_mận	plum 1
maù_mỡ	fat 0.5	pick 0.5
maù_nho	grape 1
maù_nâu	brown 1
maù_socola	chocolate 1
maù_sôcôla	chocolate 1
maù_sạm	brown 1
maù_sắc	color 0.5	colour 0.5
maù_tím	purple 1
maù_vàng	gold 0.5	yellow 0.5
maù_xanh_lá_cây	green 1
maù_xanh_lục	green 1
maù_xanh_nước_biển	blue 0.75	navy 0.25
maù_xám	gray 1
maù_xương	bone 1
maù_đen	black 1
maù_đỏ_anh_đaò	cherry 1
maù_đỏ_sậm	magenta 1
maú	blood 1
maú_tham	cupidity 1
maý	machine 1
maý_bay	aircraft 0.3333	airplane 0.3333	plane 0.3333
maý_bay_lên_thẳng	helicopter 1
maý_bay_phản_lực	jet 0.5	plane 0.5
maý_bay_tiêm_kích	fighter 0.5	plane 0.5
maý_bay_trực_thăng	helicopter 1
maý_băm_thịt	meatgrinder 1
maý_chiêú_phim	videocassette 1
maý_chụp_hình	camera 1
maý_chụp_ảnh	camera 1
maý_chủ	server 1
maý_chữ	typewriter 1
maý_giặt	machine 0.3333	washer 0.3333	washing 0.3333
maý_hâm_nóng	microwave 1
maý_hình	camera 1
maý_hút_buị	cleaner 0.5	vacuum 0.5
maý_in	machine 0.1667	press 0.1667	printer 0.3333	printing 0.3333
maý_keó	tractor 1
maý_liên_hợp	combine 0.5	harvester 0.5
maý_lu	road 0.5	roller 0.5
maý_ly_tâm	centrifuge 1
maý_lạnh	air 0.5	conditioner 0.5
maý_lọc	filter 1
maý_may	machine 0.5	sewing 0.5
maý_nhắn_tin	pager 1
maý_nướng_bánh_mì	toaster 1
maý_phun_tán	atomizer 1
maý_phát_điện	dynamo 1
maý_quay	camera 1
maý_quay_phim	camera 1
maý_radio	radio 1
maý_rưả_chén	dishwasher 1
maý_thu_thanh	radio 0.5	set 0.5
maý_truyền_hình	television 1
maý_tính	arithmoneter 0.3333	calculator 0.3333	computer 0.3333
maý_tính_bảng	computer 0.5	tablet 0.5
maý_tính_cá_nhân	computer 0.5	personal 0.5
maý_tính_cơ_khí	calculator 1
maý_tính_cầm_tay	calculator 1
maý_tính_dạng_bảng	calculator 1
maý_tính_nhỏ	microcomputer 1
maý_tính_tương_tự	calculator 1
maý_tính_xách_tay	laptop 0.5	notebook 0.5
maý_vi_tính	computer 1
maý_vi_âm	microphone 1
maý_xay	blender 1
maý_xay_cà_phê	coffee 0.5	grinder 0.5
maý_xay_sinh_tố	blender 1
maý_điêù_hoà	air 0.5	conditioner 0.5
maý_điện_baó	telegraph 1
maý_điện_toán	computer 1
maý_đo_tốc_độ	tachometer 1
maý_ảnh_số	camera 0.5	digital 0.5
maĩ_dâm	onself 0.5	prostitute 0.5
maĩ_maĩ	forever 1
maỉ	absorbed 0.25	become 0.25	busy 0.5
maọ_hiểm	adventure 0.5	brave 0.25	danger 0.25
maọ_nhận	assume 0.5	falsely 0.5
maọ_từ	article 1
maỳ	thou 0.3333	you 0.6667
me	tamarind 1
megamet	megametre 1
men	enamed 0.3333	ferment 0.3333	yeast 0.3333
men_sứ	enamel 0.3333	glaze 0.3333	varnish 0.3333
men_tình	emotion 0.5	passion 0.5
menđelevi	mendelevium 1
meo	mouldy 0.5	perished 0.5
meo_meo	meow 1
merkel	merkel 1
metro	metro 1
mexicó	mexico 1
meò	cat 1
meò_con	kitten 1
meó	deformed 0.3333	distorted 0.3333	out 0.1667	shape 0.1667
meọ	expedvent 0.3333	rule 0.3333	ruse 0.3333
mi_mắt	eyelid 1
micrô	microphone 1
micrômet	micrometer 1
miligam	milligram 1
milimet	millimetre 1
minh_bạch	clear 0.2	evident 0.2	explicit 0.2	transparency 0.2	transparent 0.2
minh_châu	orient 0.5	peard 0.5
minh_hoạ	illustrate 1
minh_mẫn	clairvoyant 0.5	perpicacious 0.5
minh_tinh_màn_bạc	movie 0.5	star 0.5
minsk	minsk 1
mistake	doting 0.5	forgetful 0.5
mito	mito 1
miyazaki	miyazaki 1
miá	cane 0.5	sugar 0.5
miên_man	continual 0.3333	ending 0.1667	never 0.1667	uncreasing 0.3333
miêu_tả	define 0.5	describe 0.5
miêú	shrine 0.5	temple 0.5
miăng	asbestos 1
miả_mai	ironical 1
miến	cassava 0.25	cellophane 0.25	noodle 0.25	vermicelli 0.25
miến_điện	burmese 0.5	myanmar 0.5
miếng	bit 0.3333	flagment 0.3333	piece 0.3333
miền	area 0.25	climate 0.25	district 0.25	region 0.25
miền_nam	south 0.5	vietnam 0.5
miền_nam_việt_nam	south 0.5	vietnam 0.5
miền_quê	country 0.5	countryside 0.5
miền_tây	delta 0.25	mekong 0.25	southwest 0.5
miễn	excuse 0.3333	exempt 0.3333	forgive 0.3333
miễn_cưỡng	grudging 0.3333	reductant 0.3333	unwillingly 0.3333
miễn_dịch	immune 0.5	immunize 0.5
miễn_nhiệm	position 0.5	relieve 0.5
miễn_phí	charge 0.5	free 0.5
miễn_thuế	exempt 0.5	taxes 0.5
miễn_thứ	forgive 0.5	pardon 0.5
miễn_trừ	dispense 0.5	exempt 0.5
miệng	mouth 1
miệng_lươĩ	talkative 1
miệt_maì	upto 1
mo	man 0.1667	mountain 0.1667	spathe 0.5	worship 0.1667
mo_then	mountain 0.5	sorceers 0.5
mocfin	morphine 1
modem	modem 1
moi	dig 1
moi_móc	down 0.125	expose 0.25	forage 0.25	rummage 0.25	run 0.125
moldova	moldova 1
molypđen	molybdenum 1
mom	bank 0.25	motive 0.25	river 0.25	ulterior 0.25
mon_men	approach 0.4167	gradually 0.25	small 0.1667	step 0.1667
mong	desire 0.1667	expect 0.1667	hope 0.3333	wish 0.3333
mong_manh	faint 0.3333	slender 0.3333	slim 0.3333
mong_moỉ	expect 0.5	long 0.5
mong_muốn	desire 0.5	want 0.5
mong_ngóng	expect 0.5	forwasd 0.25	look 0.25
mong_nhớ	miss 1
mong_đơị	home 0.1667	long 0.4167	news 0.1667	wait 0.25
mong_ước	eagerly 0.5	long 0.25	wish 0.25
montreál	montreal 1
moskva	moscow 1
mozambique	mozambique 1
moỉ	illness 0.08333	indisposed 0.25	sickening 0.08333	some 0.08333	tired 0.25	weary 0.25
moỉ_mắt	lonhg 0.3333	time 0.3333	weary 0.3333
moỉ_mệt	tired 0.5	weary 0.5
moị	all 0.5	every 0.5
moị_ngươì	everybody 0.5	everyone 0.5
moị_rợ	savage 1
moị_thứ_naò	everything 1
moị_vật	everything 1
mttq	fatherland 0.5	front 0.5
mttqvn	fatherland 0.3333	front 0.3333	vietnam 0.3333
mu	carapace 0.5	shell 0.25	tortoise 0.25
mua	buy 0.5	get 0.125	purchase 0.25	to 0.125
mua_buôn	buy 0.5	whosale 0.5
mua_bán	buy 0.25	sell 0.25	trade 0.5
mua_chuộc	bribe 0.3333	buy 0.5	over 0.1667
mua_lẻ	buy 0.5	retail 0.5
mua_mặt	face 0.5	save 0.5
mua_sắm	go 0.25	shopping 0.75
mua_việc	bring 0.3333	more 0.3333	trouble 0.3333
mua_vui	amuse 1
mua_vé_concert	book 1
muggle	muggle 1
muhammad	muhammad 1
mui	hood 0.3333	roof 0.3333	top 0.3333
mum	chew 0.25	gnaw 0.5	incisors 0.25
mumbai	mumbai 1
mun	ash 0.5	ebony 0.5
muà	season 0.5	tide 0.25	time 0.25
muà_chay	lent 1
muà_hè	summer 1
muà_hạ	summer 1
muà_khô	dry 0.5	season 0.5
muà_màng	harvest 1
muà_mưa	rainy 0.5	season 0.5
muà_thu	autumn 1
muà_thu_đức	autumn 0.5	german 0.5
muà_vụ	farming 0.5	season 0.5
muà_xuân	spring 1
muà_đông	winter 1
muá	brandish 0.5	dance 0.5
muá_giật	chorea 0.5	dance 0.1667	st 0.1667	vitus 0.1667
muá_may	fuss 1
muá_mép	tongue 0.5	waggle 0.5
muá_rôí	art 0.05556	buffalo 0.08333	fighting 0.08333	marionnette 0.08333	merry 0.1667	play 0.08333	puppet 0.1389	puppetry 0.1667	show 0.08333	showing 0.05556
muá_võ	box 0.5	shadow 0.5
muì	nose 0.1429	odour 0.2857	scent 0.2857	smell 0.2857
muì_gì	all 0.1667	mere 0.1667	much 0.3333	nothing 0.3333
muì_mẽ	taste 1
muì_soa	hankerehief 1
muì_taù	eryngium 1
muì_thơm	perfume 1
muì_tây	parsley 1
muì_vị	seent 0.5	taste 0.5
muí	knot 0.3333	section 0.3333	segment 0.3333
muí_giờ	belt 0.25	time 0.5	zone 0.25
muôn_dân	people 0.5	whole 0.5
muôn_dặm	away 0.1667	distance 0.1667	far 0.1667	great 0.1667	miles 0.1111	ten 0.1111	thousand 0.1111
muông	animal 0.3333	hound 0.3333	quadruped 0.3333
muôì	ripe 1
muôí	salt 1
muôí_mặt	brazely 0.5	entreat 0.5
muôí_tiêu	hair 0.1667	pepper 0.4167	salt 0.4167
muôí_vừng	salt 0.5	sesame 0.5
muôĩ	mosquito 1
muôị	soot 1
muĩ	conk 0.3333	nose 0.6667
muĩ_giuì	focus 1
muĩ_haỏ_vọng	cape 0.3333	good 0.3333	hope 0.3333
muĩ_nhọn	key 1
muĩ_tiêm	injection 0.5	shot 0.5
muĩ_tên	arrow 0.75	arrowhead 0.25
muĩ_đất	cape 0.3333	headland 0.3333	point 0.3333
muỉ_lòng	compassion 0.1667	feel 0.3333	moved 0.3333	pity 0.1667
muị	left 0.5	over 0.5
muốn	desire 0.1429	need 0.1429	want 0.2857	will 0.1429	wish 0.2857
muốt	snowy 1
muồng	cassia 0.5	senna 0.5
muỗm	bachang 0.25	grasshopper 0.1667	horned 0.1667	long 0.1667	mango 0.25
muỗng	spoon 1
muỗng_canh	tablespoon 1
muộn	late 0.6667	tardy 0.3333
muộn_màng	late 0.5	life 0.5
my_thuật	arts 0.5	fine 0.5
myanma	burma 0.5	myanmar 0.5
mà	where 0.5	who 0.5
mà_cả	bargain 0.5	haggle 0.5
màn	curtain 0.3333	mosquito 0.1111	net 0.1111	screen 0.4444
màn_bạc	pictures 0.5	screen 0.25	silver 0.25
màn_đêm_buông_xuống	nightfall 1
màn_ảnh	cinema 0.25	screen 0.75
màng	interest 0.3333	membrane 0.3333	web 0.3333
màng_bụng	peritoneum 1
màng_nhĩ	drum 0.25	ear 0.25	eardrum 0.5
màng_trinh	hymen 1
mành	bamboo 0.125	blind 0.25	fine 0.25	screen 0.125	thin 0.25
má	centella 0.1667	cheek 0.3333	mama 0.1667	mother 0.3333
má_lúm_đồng_tiền	dimple 1
má_đaò	fair 1
mác	mark 0.3333	marx 0.3333	scimitar 0.3333
mách	sneak 0.5	tales 0.25	tell 0.25
máng	gutter 0.3333	hang 0.1667	spout 0.3333	up 0.1667
mánh_lơí	dodge 0.5	trick 0.5
mát	cool 0.5	fresh 0.5
mâm	salver 0.3333	tray 0.3333	waiter 0.3333
mâm_xôi	raspberry 1
mân_bắc	bei 0.5	min 0.5
mân_côi	rosary 1
mân_mê	finger 1
mâu_thuẫn	contradict 1
mâu_thuẫn_vơí	abhorrent 1
mây	cloud 0.3333	clould 0.3333	rattan 0.3333
mâú	notch 0.5	tooth 0.5
mâú_chốt	gist 0.5	key 0.5
mâý	how 0.5	many 0.25	much 0.25
mâý_giờ_rôì	time 0.5	what 0.5
mâũ	acre 0.1667	model 0.1667	pattern 0.3333	specimen 0.3333
mâũ_giaó	instruction 0.25	kindergarten 0.5	motherly 0.25
mâũ_hệ	matriarchy 1
mâũ_mã	mode 0.3333	model 0.3333	style 0.3333
mâũ_số	denominator 1
mâũ_tự	alphabet 1
mâũ_đơn	peony 1
mâũ_đơn_giang	mudanjiang 1
mâụ_dịch	commerce 0.5	trade 0.5
mã	appearance 0.05	chinese 0.05	cipher 0.1	code 0.2	horse 0.2	joss 0.05	ma 0.1	numeral 0.05	paper 0.05	showy 0.05	varnish 0.1
mã_bưu_chính	postcode 1
mã_hoá	code 1
mã_lực	horse 0.25	horsepower 0.5	power 0.25
mã_naõ	agate 1
mã_phu	groom 0.3333	ostlen 0.3333	stableman 0.3333
mã_quốc_gia	code 0.5	country 0.5
mã_thư_tín	postcode 1
mã_thượng	immediately 1
mã_tâú	matchet 0.5	scimitar 0.5
mã_vạch	barcode 1
mãn	come 0.25	end 0.25	expire 0.5
mãn_châu	manchuria 1
mãn_châu_lý	manzhouli 1
mãn_nguyện	content 0.5	satisfied 0.5
mãng_câù	apple 0.5	custard 0.5
mãng_câù_dai	apple 0.5	sugar 0.5
mãng_câù_giai	apple 0.5	sugar 0.5
mãng_câù_ta	apple 0.5	sugar 0.5
mãng_xà	python 1
mãnh_liệt	durming 0.1667	furious 0.1667	vehement 0.3333	violent 0.3333
mãnh_thú	beast 0.5	wild 0.5
mè	batten 0.5	sesame 0.5
mé	border 0.3333	cut 0.1667	edge 0.3333	off 0.1667
mép	border 0.3333	edge 0.3333	margin 0.3333
mét	meak 0.125	meter 0.125	metre 0.25	pale 0.125	set 0.125	strop 0.125	tales 0.0625	tell 0.0625
mê	carry 0.25	consciousness 0.125	dote 0.25	faint 0.25	lose 0.125
mê_ly	indistinct 0.5	obscure 0.5
mê_lộ	labyrinth 1
mê_man	faint 0.5	unconscious 0.5
mê_muôị	dull 0.5	witted 0.5
mê_mê	all 0.5	over 0.5
mê_sảng	delirious 1
mê_tín	superstition 0.5	superstitious 0.5
mêga_hertz	megahertz 1
mênh_mông	immense 0.3333	spacious 0.3333	vast 0.3333
mêú	face 0.5	twist 0.5
mì	chinese 0.25	noodle 0.5	noodles 0.25
mì_dẹt	noodle 1
mì_mống	noodle 1
mì_sơị	noodle 1
mì_ống	macaroni 1
mìn	dynamite 0.4	land 0.1	mine 0.5
mình	body 0.25	i 0.25	me 0.25	one 0.25
mình_không_biết	don't 0.5	know 0.5
mí_mắt	eyelid 1
mím	tighten 1
mít	jack 0.5	tree 0.5
mít_xoaì	nobody 1
mò	fumble 0.5	grope 0.5
mò_mẫm	long 0.3333	look 0.3333	time 0.3333
mòn	wear 1
mòn_moỉ	decline 0.25	gradually 0.4167	out 0.1667	wear 0.1667
mòng	fly 0.25	gad 0.25	teal 0.5
mòng_biển	seagull 1
mòng_bể	seagull 1
mòng_két	teal 1
móc	clasp 0.1667	crotchet 0.1667	hanger 0.1667	hook 0.1667	pick 0.1667	seize 0.1667
móc_chià_khoá	fob 0.5	key 0.5
móc_sắt	crampiron 0.5	crampon 0.5
món	article 0.2	course 0.1	dish 0.4	food 0.1	item 0.2
món_bở	plum 1
món_dưa_caỉ_bắp	sauerkraut 1
món_trứng_tráng	omelette 1
móng	fingernail 0.5	nail 0.5
móng_chân	toenail 1
móng_ngón_tay_caí	thumbnail 1
móng_ngưạ	horseshoe 1
móng_tay	finger 0.1667	fingernail 0.3333	nail 0.5
móng_vuốt	claws 1
móp	sunken 1
móp_mép	baddly 0.5	dented 0.5
mót	glean 1
mô	mound 1
mô_hình	clay 0.5	model 0.5
mô_học	histology 1
mô_liên_kết	connective 0.5	tissue 0.5
mô_men	moment 1
mô_phạm	model 0.5	pattern 0.5
mô_phật	bless 0.25	buddha 0.5	glory 0.25
mô_phỏng	imitate 1
mô_tê	all 0.3333	anything 0.3333	know 0.3333
mô_tô	bike 0.1667	cycle 0.1667	motor 0.3333	motorcycle 0.3333
mô_tơ	motor 1
mô_tả	describe 1
môi	ladle 0.3333	lip 0.6667
môi_giơí	agency 0.3333	intermediatery 0.3333	medium 0.3333
môi_sinh	evironment 1
môi_trường	enviroment 0.25	environment 0.25	environmental 0.25	medium 0.25
môi_trường_học	mesology 1
môn	band 0.3333	elique 0.3333	gang 0.3333
môn_hạ	underling 1
môn_học	subject 1
môn_học_nấm	mycology 1
môn_khoa_học	science 1
môn_phaí	school 0.5	sect 0.5
môn_re_an	montreal 1
môn_sinh	disciple 1
môn_võ	art 0.5	martial 0.5
môn_võ_thuật	art 0.5	martial 0.5
môn_đệ	disciple 0.5	follower 0.5
môn_đồ	disciple 1
mông	butt 0.25	buttock 0.5	rump 0.25
mông_cổ	mongolia 0.5	mongolian 0.5
mông_lung	foggy 0.5	misty 0.5
mông_muôị	foggy 0.3333	hazy 0.3333	misty 0.3333
mông_mênh	immense 0.5	limitless 0.5
mông_quạnh	desent 1
mông_đít	ass 0.5	rear 0.5
môì	bait 0.3333	decoy 0.3333	lure 0.3333
môì_chaì	decoy 0.5	entice 0.5
môí	ant 0.125	cause 0.25	termite 0.5	white 0.125
môí_giận	anger 1
môí_haị	damage 1
môí_hàng	customer 0.5	patron 0.5
môí_laí	act 0.4167	between 0.1667	go 0.1667	matchmakers 0.25
môí_tình	love 1
môĩ	each 0.3333	every 0.6667
môĩ_một	alone 0.2	by 0.1	each 0.2	er 0.2	more 0.2	oneself 0.1
môĩ_tôị	less 0.5	none 0.5
môỉ_ngaỳ	daily 1
mõ	bamboo 0.03333	bell 0.03333	elderly 0.03333	fire 0.06667	frogs 0.06667	fruit 0.06667	herald 0.03333	meaning 0.02222	musician 0.03333	partridges 0.06667	qua 0.06667	respectively 0.02222	signal 0.03333	ta 0.03333	tham 0.03333	thanh 0.03333	thieves 0.06667	tocsin 0.03333	trac 0.03333	tube 0.02222	village 0.1	warning 0.03333	wooden 0.03333
mõ_toà	bailiff 0.5	usher 0.5
mõm	muzzle 0.3333	nose 0.3333	snout 0.3333
mù	blind 0.5	eyeless 0.25	sightless 0.25
mù_chữ	illiterate 1
mù_khơi	distan 0.25	distant 0.25	mistily 0.25	misty 0.25
mù_loà	blind 1
mù_mịt	dark 0.3333	sombre 0.3333	uncertain 0.3333
mù_mờ	confusing 0.5	vague 0.5
mù_quáng	blind 1
mù_sương	foggy 1
mù_tạc	mustard 1
mù_tịt	completely 0.25	ignorant 0.25	unaware 0.25	utterly 0.25
mùn	dust 0.25	humus 0.5	particle 0.25
mùn_cưa	sawdust 1
mùng	mosquito 0.5	net 0.5
múc	scoop 1
múp	buxom 0.5	plump 0.5
múp_bê_làm_tổ	doll 0.5	russian 0.5
múp_míp	chubby 0.5	plump 0.5
mút	suck 1
münchen	munich 1
măng	bamboo 0.5	shoot 0.5
măng_cụt	mangosteen 1
măng_tây	asparagus 1
măng_đô	lin 0.5	mandolin 0.5
mũ	bonnet 0.2	cap 0.2	circumflex 0.2	hat 0.4
mũ_baỏ_hiểm	helmet 1
mũ_chaò_maò	cap 0.5	garrison 0.5
mũ_cát	helmet 0.5	sun 0.5
mũ_côí	helmet 0.5	sun 0.5
mũ_lươĩ_trai	cap 1
mũ_miện	crown 1
mũm_mỉm	chubby 0.5	plump 0.5
mơ	apricot 0.3	dream 0.4	plum 0.2	tree 0.1
mơ_hồ	equivocal 0.3333	indefinite 0.3333	vague 0.3333
mơ_mai_nhật	ume 1
mơ_màng	dream 0.5	dreamer 0.5
mơ_mộng	daydream 0.5	dreamy 0.5
mơ_ta	ume 1
mơ_tưởng	dream 1
mơ_ước	desirous 0.5	dream 0.5
mơm	fingers 0.25	smooth 0.25	start 0.5
mơn_trớn	caress 0.5	fondle 0.5
mơì	invite 1
mơì_mọc	insistence 0.25	invite 0.5	warmth 0.25
mơí	fresh 0.4	new 0.4	recent 0.2
mơí_cứng	brand 0.5	new 0.5
mơí_lạ	extraordinary 0.3333	unheard 0.3333	unusual 0.3333
mơí_mẻ	fresh 1
mơí_nguyên	brand 0.5	news 0.5
mơí_rôì	days 0.3333	most 0.3333	recent 0.3333
mơí_tinh	brand 0.5	new 0.5
mơí_toanh	brand 0.5	new 0.5
mơí_đây	lately 0.3333	most 0.1667	recently 0.5
mưa	rain 1
mưa_axit	acid 0.5	rain 0.5
mưa_bay	like 0.3333	rain 0.3333	spray 0.3333
mưa_buị	drizzling 0.3333	rain 0.3333	small 0.3333
mưa_bóng_mây	shower 0.5	sun 0.5
mưa_dông	rain 0.5	storm 0.5
mưa_dầm	lasting 0.5	rain 0.5
mưa_gió	downs 0.06667	eventful 0.2	full 0.1667	rain 0.1	unfavourable 0.1	ups 0.06667	vicissitudes 0.1	weather 0.1	wind 0.1
mưa_lũ	diluvial 0.5	rain 0.5
mưa_móc	boon 1
mưa_raò	shower 1
mưa_đá	hail 1
mưng	abscess 0.25	gather 0.5	turn 0.25
mưu	conspiracy 0.3333	plot 0.3333	scheme 0.3333
mưu_chước	device 0.3333	expedient 0.3333	trick 0.3333
mưu_câù	seek 1
mưu_cơ	stratagem 0.25	suitable 0.25	timely 0.25	trick 0.25
mưu_haị	attempt 0.5	design 0.3333	harm 0.1667
mưu_kế	device 0.5	scheme 0.5
mưu_lược	plan 0.5	strategy 0.5
mưu_meọ	confidence 0.25	deceptive 0.25	trick 0.5
mưu_mô	design 1
mưu_phản	betray 0.25	design 0.25	plot 0.25	treason 0.25
mưu_sinh	living 1
mưu_sát	assassination 0.25	attempt 0.5	attempted 0.25
mưu_sĩ	adviser 0.5	mastermind 0.3333	strategist 0.1667
mưu_sự	advise 0.1667	arrngements 0.1667	careful 0.1667	how 0.1667	mastermind 0.3333
mưu_toan	attempt 0.5	contrive 0.5
mưu_trí	clever 0.3333	mind 0.3333	resourceful 0.3333
mưu_tính	premeditate 1
mưu_đồ	intrigue 0.4444	machination 0.3333	obtain 0.1111	try 0.1111
mưá	can 0.1667	excess 0.5	manage 0.1667	more 0.1667
mươi	ten 1
mươi_hai	dozen 1
mương	ditch 1
mươì	ten 1
mươì_baỷ	seventeen 1
mươì_bốn	fourteen 1
mươì_chín	nineteen 1
mươì_giờ	o'clock 0.5	ten 0.5
mươì_hai_giờ	o'clock 0.5	twelve 0.5
mươì_lăm	fifteen 1
mươì_một_giờ	eleven 0.5	o'clock 0.5
mươì_nghìn	ten 0.5	thousand 0.5
mươì_năm	decade 1
mươì_saú	sixteen 1
mươì_tám	eighteen 1
mươì_điêù_răn	commandments 0.5	ten 0.5
mưả	spew 0.1667	up 0.1667	vomit 0.6667
mưả_mật	exhausting 0.5	hard 0.5
mướn	hire 0.5	rent 0.5
mướp	loopah 0.5	luffa 0.5
mướp_tây_northern	okra 1
mướp_đắng	aple 0.25	balsam 0.25	kwa 0.25	la 0.25
mướp_đắng_northern	bitter 0.5	melon 0.5
mướt	abundantly 0.25	perspire 0.25	profusely 0.25	sweat 0.25
mường	breeding 0.1667	early 0.08333	guests 0.05556	heartstrings 0.08333	mountain 0.08333	rains 0.08333	scene 0.05556	times 0.1667	tugs 0.08333	village 0.08333	welcoming 0.05556
mượn	borrow 1
mượn_cớ	pretext 0.75	use 0.25
mượn_tiếng	pretence 0.5	under 0.5
mượt	glossy 1
mượt_mà	velvety 1
mạ	plate 0.5	rise 0.25	seeding 0.25
mạ_bạc	silverplated 1
mạ_vàng	glid 1
mạ_điện	electroplate 1
mạc	curtain 0.5	screen 0.5
mạc_tư_khoa	moscow 1
mạch	denounce 0.3333	expose 0.3333	pulse 0.3333
mạch_lạc	clearness 0.3333	cohesion 0.3333	cohorency 0.3333
mạch_maú	blood 0.5	vessel 0.5
mạch_nha	malt 0.6667	maltose 0.3333
mạch_nước_phun	geyser 1
mạch_vi_xử_lý	microchip 1
mạn	area 0.5	region 0.25	side 0.25
mạn_hoạ	caricature 0.3333	cartoon 0.3333	manga 0.3333
mạng	darn 0.5	network 0.25	web 0.25
mạng_bạc	bad 0.5	destiny 0.5
mạng_lươí	network 1
mạng_lươí_nôị_chất	endoplasmic 0.5	reticulum 0.5
mạng_mỡ	body's 0.25	flank 0.5	side 0.25
mạng_nhện	coburb 0.5	spiderweb 0.5
mạnh	drastic 0.1667	hard 0.1667	robust 0.1667	strong 0.3333	well 0.1667
mạnh_dạn	forceful 0.25	forcible 0.5	strong 0.25
mạnh_khoẻ	athletic 1
mạnh_mẽ	violent 1
mạt	bird 0.25	foor 0.5	mite 0.25
mạt_chược	mahjong 1
mạt_cưa	sawdust 1
mạt_sát	criticize 0.1667	disparage 0.5	severely 0.1667	too 0.1667
mạt_vận	bed 0.25	ill 0.25	lick 0.25	luck 0.25
mả	grave 0.6667	tomb 0.3333
mảng	piece 1
mảng_sao	asterism 1
mảnh	piece 0.3333	ribbon 0.3333	thin 0.3333
mảnh_mai	slender 1
mấp_maý	lightly 0.3333	move 0.3333	quickly 0.3333
mấp_mé	nearly 0.5	reach 0.5
mấp_mô	uneven 1
mất	die 0.3333	lose 0.3333	loss 0.1667	vanish 0.1667
mất_công	inconvenient 1
mất_cắp	stolen 1
mất_daỵ	bred 0.25	ill 0.25	unmanerly 0.5
mất_muà	crop 0.5	poor 0.5
mất_mặt	face 0.5	lose 0.5
mất_ngủ	insomnia 0.5	lack 0.25	sleep 0.25
mất_trí	lose 0.5	reason 0.5
mất_tích	missing 1
mầm	bud 0.3333	germ 0.5	seed 0.1667
mầm_non	hope 1
mẫn_cán	diligent 0.5	painstaking 0.5
mận	plum 0.75	tree 0.25
mập	fat 0.5	plump 0.25	stout 0.25
mập_mạp	clubly 0.3333	corpulent 0.3333	portly 0.3333
mập_mờ	dim 0.25	figgy 0.25	loose 0.25	vague 0.25
mật	honey 0.5	secret 0.5
mật_khu	secret 0.5	zone 0.5
mật_khâủ	password 1
mật_lệnh	order 0.5	secret 0.5
mật_miá	molasses 1
mật_mã	cipher 0.3333	code 0.6667
mật_ong	honey 1
mật_vụ	secret 0.5	service 0.5
mật_độ	density 1
mật_độ_dân_số	density 0.5	population 0.5
mắc	busy 0.1429	engaged 0.1429	expensive 0.1429	hang 0.07143	occupied 0.1429	sling 0.1429	suspend 0.1429	up 0.07143
mắc_cỡ	ashamed 1
mắc_lưà	trapped 1
mắc_nợ	debt 0.75	involte 0.25
mắm	fish 0.5	salted 0.25	sauce 0.25
mắm_cá	mam 0.5	nuoc 0.5
mắng	reprove 0.5	scold 0.5
mắt	eye 1
mắt_cá	ankle 1
mắt_cá_chân	ankle 1
mắt_kính	spectacles 1
mắt_lươí	mesh 1
mắt_đền_mắt	eye 1
mằn_thắn	pelmeni 1
mặc	clothe 0.2	dress 0.2	put 0.2	wear 0.4
mặc_cảm	complex 1
mặc_cảm_tự_ti	complex 0.5	inferiority 0.5
mặc_dâù	although 0.3333	despite 0.3333	though 0.3333
mặc_dù	although 0.3333	despite 0.3333	though 0.3333
mặc_quần_aó	dress 1
mặc_sức	freely 0.5	restraint 0.25	without 0.25
mặc_vaò	put 1
mặn	salt 0.5	salty 0.5
mặn_nồng	heartfelt 0.5	warm 0.5
mặt	face 0.4	right 0.2	surface 0.4
mặt_bằng	ground 0.3333	premises 0.3333	site 0.3333
mặt_câù	sphere 1
mặt_hàng	line 1
mặt_on_one_hand	hand 1
mặt_phaỉ	obverse 1
mặt_phẳng	plane 1
mặt_tiền	front 1
mặt_trăng	moon 1
mặt_trơì	sun 1
mặt_trận	battle 0.25	front 0.75
mặt_trận_tổ_quốc	fatherland 0.5	front 0.5
mặt_đất	earth 1
mẹ	mother 0.5	mum 0.25	mummy 0.25
mẹ_ghẻ	stepmother 1
mẹ_kiếp	fuck 1
mẹ_kế	stepmother 1
mẻ	chipped 0.5	hand 0.5
mến	fond 0.3333	like 0.3333	love 0.3333
mến_phục	admire 0.5	love 0.5
mề_đay	medal 0.5	urticaria 0.5
mềm	flaccid 0.2	flexible 0.2	soft 0.4	tender 0.2
mềm_mỏng	compliant 0.3333	flexible 0.3333	supple 0.3333
mền	blanket 1
mễ_tây_cơ_米西基	mexico 1
mệnh_lệnh	command 1
mệnh_lệnh_cách_命令格	imperative 0.5	mood 0.5
mệt	fatigued 0.3333	tired 0.3333	weary 0.3333
mệt_moỉ	tired 1
mỉm_cươì	smile 1
mị_dân	demagogic 1
mịt_mù	dim 0.5	distand 0.5
mịt_mùng	dim 0.5	immense 0.5
mịt_mờ	dark 0.5	indistinct 0.5
mọc	grow 0.3333	rise 0.3333	shoot 0.3333
mọc_mầm	bud 0.5	sprout 0.5
mọc_răng	grow 0.25	teeth 0.75
mọc_rễ	root 1
mọc_sừng	cuckold 1
mọn	humble 0.2	mean 0.2	poor 0.2	small 0.2	tiny 0.2
mọng	bursting 0.3333	succlent 0.3333	swollen 0.3333
mọt	borer 0.25	wood 0.25	woodeater 0.5
mọt_cơm	outh 0.25	parasite 0.5	useless 0.25
mọt_dân	extortioner 1
mọt_sách	bookish 0.25	bookworm 0.5	person 0.25
mọt_xác	rot 1
mỏ	beak 0.2	bill 0.2	mine 0.4	spout 0.2
mỏ_cặp	vice 1
mỏ_hàn	iron 0.5	soldering 0.5
mỏ_neo	anchor 1
mỏ_nhát	snipe 1
mỏ_vàng	gold 0.5	mine 0.5
mỏ_vịt	speculum 1
mỏ_ác	end 0.1667	fontanel 0.3333	fontanelle 0.3333	sternum 0.1667
mỏm	peak 0.3333	process 0.3333	top 0.3333
mỏng	slender 0.25	slim 0.25	thin 0.5
mỏng_dính	flimsy 0.5	thin 0.5
mỏng_manh	fail 0.3333	fragile 0.3333	thin 0.3333
mỏng_môi	bearing 0.1667	peaching 0.3333	table 0.1667	tale 0.1667	telling 0.1667
mỏng_mảnh	fragile 1
mỏng_tai	eavesdropping 1
mỏng_tanh	thin 1
mố	abutent 1
mốc	landmark 0.5	moudy 0.25	mould 0.25
mốc_meo	all 0.1667	covered 0.1667	mould 0.3333	over 0.1667	thickly 0.1667
mốc_thếch	gray 0.5	mould 0.5
mốc_xì	all 0.5	nothinng 0.5
mống	head 0.125	partial 0.0625	person 0.125	primary 0.0625	rain 0.0625	rainbow 0.1875	shine 0.0625	sprout 0.125	white 0.0625	will 0.125
mống_mắt	iris 1
mốt	fashion 0.5	style 0.5
mồ	grave 0.6667	tomb 0.3333
mồ_côi	orphan 0.5	orphaned 0.5
mồ_hóng	soot 1
mồ_hôi	perspiration 0.3333	sweat 0.6667
mồ_ma	lifetime 1
mồ_mả	graves 0.5	tombs 0.5
mồm	mouth 1
mồm_miệng	mouth 0.5	tongue 0.5
mồm_mép	gad 0.25	gift 0.25	tongue 0.5
mồn_một	distinctly 0.5	hear 0.5
mồng	nd 0.25	rd 0.25	st 0.25	th 0.25
mồng_tơi	malabar 0.5	nightshade 0.5
mổ	dissect 0.5	operate 0.5
mổ_lâý_thai	caesarean 0.5	section 0.5
mổ_xác	autopsy 1
mổ_xẻ	anatomise 0.3333	dissect 0.3333	operate 0.3333
mỗ	i 0.5	name 0.25	what's 0.25
mộ	grave 0.5	tomb 0.5
mộ_bia	gravestond 0.5	tombstone 0.5
mộ_binh	recruit 0.5	soliders 0.5
mộ_chí	headstone 0.5	tombstone 0.5
mộ_phần	grave 1
mộ_đaọ	devotion 0.3333	devout 0.3333	religious 0.3333
mộ_điạ	graveyard 1
mộc	plain 0.1429	shield 0.1429	tree 0.1429	unbleached 0.1429	unlacquered 0.1429	unvarished 0.1429	wood 0.1429
mộc_bản	block 0.5	wood 0.5
mộc_cầm	xylophone 1
mộc_dục	clean 0.3333	joss 0.3333	statues 0.3333
mộc_già	cangue 1
mộc_mạc	natural 0.3333	simple 0.6667
mộc_nhĩ	ear 0.5	jew's 0.25	wood 0.25
mộc_nhĩ_đen	ear 0.5	wood 0.5
mộc_tinh	jupiter 1
mộc_tê	osmanthus 1
mộc_tặc	jupiter 1
mộng	dream 0.3333	germ 0.3333	tenon 0.3333
mộng_aỏ	unreal 0.5	visionary 0.5
mộng_du	sleep 0.25	somnambulistic 0.5	walking 0.25
mộng_mị	dream 1
mộng_tinh	dream 0.25	emission 0.25	nocturnal 0.25	wet 0.25
mộng_triêụ	dream 0.3333	omen 0.3333	seen 0.3333
mộng_tưởng	dream 0.4167	fantastic 0.25	fatastic 0.1667	nurture 0.1667
một	one 1
một_caí_gì_đó	something 1
một_chiêù	way 1
một_chút	instant 0.1667	just 0.1667	little 0.1667	moment 0.3333	taste 0.1667
một_chạp	end 0.5	year 0.5
một_chốc	instant 0.5	second 0.5
một_daọ	some 0.25	time 0.75
một_giờ	o'clock 1
một_giờ_rươi	half 0.5	past 0.5
một_hai	few 0.3333	resolutely 0.3333	two 0.3333
một_hơi	adraught 0.5	stretch 0.5
một_khi	once 1
một_leò	sitting 0.5	stretch 0.5
một_lát	moment 1
một_lòng	heartedly 0.5	whole 0.5
một_lúc	instant 0.3333	moment 0.3333	second 0.3333
một_lần	once 1
một_lần_nưã	again 0.5	once 0.5
một_mai	day 0.5	days 0.5
một_mình	alone 1
một_mạch	sitting 0.5	stretch 0.5
một_nghìn	thousand 1
một_ngươì_naò_đó	somebody 1
một_phần_mươì_hai	twelfth 1
một_phần_nghìn_giây	millisecond 1
một_số	some 1
một_thứ	same 1
một_trăm	hundred 1
một_tí	just 1
một_vaì	few 0.5	several 0.25	some 0.25
một_ít	bit 0.3333	dash 0.3333	little 0.1667	tiny 0.1667
một_đôi	few 0.5	some 0.5
một_đơì	life 0.5	time 0.5
mớ	cot 0.5	sleep 0.25	talk 0.25
mớm	feed 0.25	mouth 0.25	summarily 0.25	trial 0.25
mờ	blear 0.2	blurred 0.2	dim 0.2	em 0.2	opaque 0.2
mờ_aỏ	ethereal 0.5	vaporous 0.5
mờ_mịt	dark 1
mờ_sáng	dawn 0.5	daybreak 0.5
mờ_ám	dark 0.5	dubious 0.5
mờ_đục	opaque 1
mờm	bladish 0.5	coax 0.5
mở	open 1
mở_cờ	joy 0.5	side 0.5
mở_hàng	handsel 1
mở_mang	develop 0.3333	enlarge 0.3333	expand 0.3333
mở_maò	begin 0.3333	prelude 0.3333	star 0.3333
mở_maý	engine 0.25	start 0.5	strat 0.25
mở_màn	begin 0.5	curtain 0.25	raise 0.25
mở_mặt	better 0.5	off 0.5
mở_rộng	enlarge 0.1667	expand 0.3333	extend 0.3333	widen 0.1667
mở_tiệc	banquet 1
mở_toang	open 0.5	wide 0.5
mở_đâù	begin 0.3333	initiate 0.3333	start 0.3333
mở_đường	initiate 0.5	pave 0.25	way 0.25
mỡ	fat 0.5	grease 0.5
mỡ_chaì	fat 0.3333	omental 0.3333	pig's 0.3333
mỡ_gà	chicken 0.3333	coloured 0.3333	fat 0.3333
mỡ_lá	fat 0.3333	pig's 0.3333	side 0.3333
mỡ_màng	fattening 1
mỡ_nước	lard 0.5	liquide 0.5
mỡ_phần	fat 0.3333	nape 0.3333	pig's 0.3333
mợ	aunt 0.1111	darling 0.1111	love 0.1111	manma 0.1111	maternal 0.03704	mother 0.2222	mummy 0.1111	uncle's 0.03704	wife 0.03704	you 0.1111
mụ	hag 0.5	old 0.5
mục	column 0.1429	decayed 0.1429	decaying 0.1429	head 0.1429	item 0.1429	rotten 0.1429	section 0.1429
mục_kích	eye 0.5	witness 0.5
mục_kỉch	gig 0.25	lamps 0.25	spec 0.5
mục_kỉnh	gig 0.25	lamps 0.25	specs 0.5
mục_lục	contents 0.5	list 0.3333	table 0.1667
mục_nát	corrupt 0.3333	decayed 0.3333	rotten 0.3333
mục_súc	animals 0.5	grazing 0.5
mục_sư	clergyman 0.5	pastor 0.5
mục_tiêu	aim 0.1429	goal 0.1429	object 0.1429	objective 0.1429	target 0.4286
mục_trường	grazing 0.5	ground 0.25	land 0.25
mục_từ	entry 1
mục_tử	herdsman 1
mục_đích	goal 0.3333	mark 0.3333	purpose 0.3333
mục_đích_luận	finalism 1
mục_đông	herdsman 1
mục_đồng	herds 0.5	man 0.5
mụn	acne 0.125	bit 0.125	black 0.0625	child 0.125	eruption 0.125	head 0.0625	piece 0.125	pimple 0.125	pustule 0.125
mụn_cóc	wart 1
mụn_nhọt	boil 0.3333	furuncle 0.3333	pimple 0.3333
mụp	cabbage 0.3333	shoot 0.3333	tender 0.3333
mụt	boil 1
mủ	matter 0.3333	pus 0.6667
mủn	decayed 1
mủng	basket 0.5	small 0.5
mức	degree 0.1667	extent 0.1667	level 0.1667	measure 0.1667	plane 0.1667	standard 0.1667
mức_sống	living 0.5	standard 0.5
mức_độ	level 0.1667	measure 0.1667	set 0.5	standard 0.1667
mứt	coated 0.08333	fruit 0.1667	jam 0.5	preserved 0.08333	sugar 0.1667
mứt_cam	marmalade 1
mứt_keọ	confectionery 1
mừng	congratulate 0.2	glad 0.2	happy 0.4	rejoyce 0.2
mừng_công	merry 1
mừng_quýnh	bubble 0.1667	joy 0.1667	over 0.1667	overjoyed 0.5
mừng_rỡ	glad 0.3333	happy 0.3333	pleased 0.3333
mừng_thầm	feel 0.1667	inwardly 0.25	joy 0.1667	rejoice 0.25	secret 0.1667
mực	cartridge 0.2	cuttle 0.1	cuttlefish 0.2	fish 0.1	ink 0.4
mực_taù	indian 0.5	ink 0.5
mực_thước	examplary 0.3333	model 0.1667	regular 0.3333	setting 0.1667
mực_ống	squid 1
mỹ	america 0.2667	american 0.2	states 0.06667	united 0.06667	us 0.2	usa 0.2
mỹ_dung_phẩm	cosmetics 1
mỹ_hoá	americanisation 0.5	americanize 0.5
mỹ_học	aesthetics 1
mỹ_latinh	america 0.25	latin 0.75
mỹ_lơị_gia	america 1
mỹ_lệ	beautiful 0.5	lovely 0.5
mỹ_nhân	beauty 1
mỹ_nhân_ngư	mermaid 1
mỹ_nữ	beauty 0.5	girl 0.25	pretty 0.25
mỹ_quốc	america 0.1111	states 0.2778	united 0.2778	us 0.3333
mỹ_thuật	art 1
mỹ_vị	delicacies 1
mỹ_ý	good 0.5	intention 0.5
na	apple 0.25	bring 0.25	custard 0.125	sugar 0.125	tole 0.25
na_ná	like 0.25	rather 0.5	similar 0.25
na_pan	napalm 1
na_tri	sodium 1
na_uy	norway 1
nagano	nagano 1
nagasaki	nagasaki 1
nai	deer 1
nai_anxet	moose 1
nai_lưng	hard 0.5	work 0.5
nai_nịt	adjust 0.3333	clothes 0.3333	securely 0.3333
nai_sừng_tấm	moose 1
nam	male 0.3333	man 0.3333	south 0.3333
nam_bán_câù	hemisphere 0.5	southern 0.5
nam_bộ	part 0.5	southern 0.5
nam_cao	tenor 1
nam_châm	magnet 1
nam_cực	antarctic 0.1667	pile 0.1667	pole 0.3333	south 0.3333
nam_giao	ceremony 0.3333	heaven 0.3333	worshipping 0.3333
nam_giơí	male 0.1667	mankind 0.3333	sex 0.3333	sterner 0.1667
nam_kha	dream 0.5	empty 0.5
nam_kinh	nanjing 1
nam_mỹ	america 0.5	south 0.5
nam_nhi	man 0.5	son 0.5
nam_ninh	nanning 1
nam_nữ	female 0.5	male 0.5
nam_ossetia	ossetia 0.5	south 0.5
nam_phi	africa 0.5	south 0.5
nam_phong	south 0.5	wind 0.5
nam_phục	clothing 0.5	traditional 0.5
nam_sinh	boy 0.5	pupil 0.25	student 0.25
nam_sudan	south 0.5	sudan 0.5
nam_taò	cross 0.5	southern 0.5
nam_thông	nantong 1
nam_thập	cross 0.5	southern 0.5
nam_thập_tự	cross 0.5	southern 0.5
nam_tiến	march 0.5	southward 0.5
nam_trang	clothing 0.5	man's 0.5
nam_trung	baritone 1
nam_trầm	bass 1
nam_tính	male 0.25	masculine 0.5	sex 0.25
nam_tư	yugoslavia 1
nam_tước	baron 1
nam_tử	male 0.5	man 0.5
nam_vang	penh 0.5	phnom 0.5
nam_việt	south 0.5	vietnam 0.5
nam_xương	nanchang 1
nam_yemen	south 0.5	yemen 0.5
nam_á	asia 0.5	south 0.5
nam_âu	europe 0.5	southern 0.5
nam_đaị_dương	ocean 0.5	southern 0.5
nam_đâù	nantou 1
nam_đông_nam	south 0.5	southeast 0.5
namibia	namibia 1
nan	difficult 1
nan_giaỉ	difficult 0.25	hard 0.5	solve 0.25
nan_hoa	spoke 1
nan_y	cure 0.5	difficult 0.5
nang	follicle 0.5	follicule 0.5
nanh	tusk 1
nanh_nọc	cruel 0.5	fiendish 0.25	person 0.25
nanh_sâú	quincunx 1
nanh_vuốt	clutch 0.25	clutches 0.5	tusk 0.25
nanh_ác	cruel 0.5	wicked 0.5
nanômét	nanometre 1
nao_lòng	moved 1
nao_núng	deter 0.5	flinch 0.5
nara	nara 1
nato	nato 1
natri	sodium 1
nay	now 0.3333	present 0.3333	time 0.3333
nay_kính	respectfully 0.5	yours 0.5
nay_mai	future 0.5	near 0.5
nay_thư	faithfully 0.5	obedient 0.25	servant 0.25
naypyidaw	naypyidaw 1
naì	insists 0.25	jockey 0.25	mind 0.25	tie 0.25
naì_bao	defy 0.5	flinch 0.5
naì_nỉ	adjure 0.3333	beg 0.3333	insist 0.3333
naì_xin	beseech 1
naì_ép	entreaties 0.5	force 0.5
naí	animals 0.3333	certain 0.3333	female 0.3333
naí_sề	sow 1
naò	any 0.5	which 0.5
naò_hay	can 0.125	could 0.125	knew 0.25	knows 0.25	tell 0.25
naò_ngờ	against 0.1667	all 0.1667	expectations 0.1667	unexpectedly 0.5
naò_đâu	where 1
naò_đó	one 0.5	some 0.5
naó	din 0.25	raise 0.5	uproar 0.25
naó_nhiệt	animated 1
naó_nức	bustle 0.5	eager 0.5
naó_động	cause 0.25	flurry 0.5	stir 0.25
naõ	brain 0.6667	cerebrum 0.3333
naõ_bạt	cymbals 1
naõ_bộ	encephalon 1
naõ_lòng	heart 0.25	rending 0.25	sad 0.5
naõ_nùng	sad 0.5	sorrowful 0.5
naõ_điện_đồ	electro 0.5	encephalogram 0.5
naú	go 0.25	hide 0.5	hiding 0.25
naú_mặt	conceal 0.5	hand 0.5
naú_tiếng	lie 0.5	low 0.5
naỉ	bag 0.5	small 0.5
naị	marsh 0.5	salt 0.5
naọ	clean 0.5	out 0.1667	scrape 0.3333
naọ_vét	dredge 1
naọ_óc	brain 0.5	rake 0.5
naỳ	here 0.25	hey 0.25	this 0.5
naỳ_nọ	and 0.1111	other 0.3333	that 0.1111	this 0.4444
naỵ	prize 0.5	pry 0.5
naỷ	bounce 1
naỷ_lưả	fierce 1
naỷ_mầm	bud 0.3333	germinate 0.3333	sprout 0.3333
naỷ_noì	begin 0.5	sprout 0.5
naỷ_nở	bud 0.5	sprout 0.5
naỷ_ra	flash 1
naỷ_sinh	appear 0.5	develop 0.5
naỹ	ago 0.5	just 0.5
naỹ_giờ	moment 0.5	short 0.25	while 0.25
ne	drive 0.5	side 0.25	sidewards 0.25
needly	solder 0.5	weld 0.5
nem	egg 0.25	roll 0.5	spring 0.25
nem_nép	crouch 0.5	fear 0.5
nem_rán	egg 0.25	roll 0.5	spring 0.25
neo	anchor 1
neo_đơn	manpower 0.25	short 0.25	size 0.25	small 0.25
neon	neon 1
neođim	neodymium 1
nepal	nepal 1
neptuni	neptunium 1
new_york	city 0.3333	new 0.3333	york 0.3333
new_zealand	new 0.5	zealand 0.5
neò	drag 1
neó	bamboo 0.1111	cord 0.1111	pincers 0.1111	stick 0.2222	threshing 0.1111	tighten 0.1111	tightening 0.1111	tightenting 0.1111
neỏ	direction 0.5	way 0.5
neỏ_đường	way 1
nga	russia 0.5	russian 0.25	russo 0.25
nga_hoàng	tsar 0.6667	tzar 0.3333
nga_hoá	russification 1
nga_mi	beautiful 0.25	eyebrows 0.5	fine 0.25
nga_văn	russian 1
ngai	throne 1
ngai_vàng	throne 1
ngang	across 0.2	cross 0.2	horisontal 0.2	ordinary 0.2	through 0.2
ngang_bướng	obstinate 0.5	self 0.25	willed 0.25
ngang_chướng	offensive 0.5	shocking 0.5
ngang_dạ	appetite 0.5	lose 0.5
ngang_dọc	fearless 0.1667	nobody 0.1667	own 0.1111	sweet 0.1111	time 0.1111	will 0.3333
ngang_giá	par 1
ngang_hàng	equal 0.5	rank 0.25	same 0.25
ngang_ngưả	topsyturvy 1
ngang_ngược	perverse 1
ngang_ngạng	unruly 0.5	wayward 0.5
ngang_ngổ	perverse 0.5	unruly 0.5
ngang_nhiên	inconsiderate 1
ngang_phè	absurd 0.5	utterly 0.5
ngang_tai	absurd 0.5	unreasonabe 0.5
ngang_traí	absurd 0.5	worsensial 0.5
ngang_tàng	extraordinarily 0.25	proud 0.5	unusually 0.25
ngang_tầm	keep 0.5	pace 0.5
ngang_tắt	illegal 0.5	illicit 0.5
ngang_điểm	equal 0.5	score 0.5
ngao	oyster 1
ngao_du	pleasure 0.25	stroll 0.5	wander 0.25
ngau_ngaú	crunch 1
ngay	adjacent 0.25	direct 0.25	soon 0.25	straight 0.25
ngay_cả	even 0.5	excepting 0.5
ngay_khi	soon 1
ngay_lưng	bones 0.5	lazy 0.5
ngay_lập_tức	at 0.125	away 0.125	immediately 0.125	most 0.125	one 0.125	pat 0.25	right 0.125
ngay_mặt	silence 0.5	stunned 0.5
ngay_ngaý	tenterhooks 0.5	tenters 0.5
ngay_ngắn	neat 0.5	tidy 0.5
ngay_thật	candid 0.3333	honest 0.3333	sincere 0.3333
ngay_thẳng	honest 0.5	straghtforward 0.5
ngay_đơ	stark 0.5	stiff 0.5
ngaì	bombycid 0.1667	excellency 0.3333	moth 0.1667	thow 0.3333
ngaì_ngự	majestry 1
ngaí	fig 0.25	having 0.1667	hispid 0.25	immature 0.1667	smell 0.1667
ngaí_ngủ	awake 0.5	fully 0.5
ngaò	mix 1
ngaò_ngạt	erhale 1
ngaó	dull 0.5	stupid 0.5
ngaý	snore 1
ngaĩ	faithfulness 0.5	righteousness 0.5
ngaỉ	philtre 0.5	sagebrush 0.5
ngaỉ_cưú	common 0.1667	mugwort 0.3333	sagebrush 0.1667	wormwood 0.3333
ngaỉ_đắng	absinth 1
ngaị	afraid 0.2	fear 0.2	fearful 0.2	hesitant 0.2	worried 0.2
ngaị_ngùng	shy 1
ngaọ	laugh 0.5	scoff 0.5
ngaọ_mạn	arrogant 0.3333	haughty 0.3333	prond 0.3333
ngaọ_nghễ	scornful 1
ngaọ_ngược	impertinent 0.5	insolent 0.5
ngaọ_đơì	contempt 0.1667	contemptuous 0.5	others 0.1667	show 0.1667
ngaỳ	date 0.3333	day 0.6667
ngaỳ_chiến_thắng	day 0.5	victory 0.5
ngaỳ_cuả_mẹ	day 0.5	mother's 0.5
ngaỳ_công	day 0.25	workday 0.5	working 0.25
ngaỳ_giỗ	anniversary 0.5	death 0.5
ngaỳ_giờ	time 1
ngaỳ_hiền_mâũ	day 0.5	mother's 0.5
ngaỳ_hôm_kia	nudiustertian 1
ngaỳ_hôị	day 0.125	festival 0.5	festive 0.125	festivities 0.25
ngaỳ_kia	after 0.3333	day 0.3333	tomorrow 0.3333
ngaỳ_kỷ_niệm	anniversary 1
ngaỳ_lễ	day 0.1667	feast 0.1667	holiday 0.6667
ngaỳ_lễ_các_thánh	all 0.3333	day 0.3333	saints 0.3333
ngaỳ_lễ_tình_nhân	day 0.3333	saint 0.3333	valentine's 0.3333
ngaỳ_mai	tomorrow 1
ngaỳ_muà	harvest 0.5	time 0.5
ngaỳ_mốt	after 0.3333	day 0.3333	tomorrow 0.3333
ngaỳ_n	d 0.5	day 0.5
ngaỳ_nay	nowadays 0.5	today 0.5
ngaỳ_ngaỳ	afterday 0.25	day 0.5	every 0.25
ngaỳ_nghỉ	day 0.5	off 0.5
ngaỳ_quốc_khánh	day 0.5	national 0.5
ngaỳ_raỳ	today 0.5	year 0.5
ngaỳ_sau	distant 0.5	future 0.5
ngaỳ_sinh	birthday 1
ngaỳ_tháng	date 0.6667	time 0.3333
ngaỳ_tháng_năm_sinh	birth 0.5	date 0.5
ngaỳ_thường	day 0.5	week 0.5
ngaỳ_trước	days 0.25	former 0.25	old 0.25	times 0.25
ngaỳ_tết	festival 0.125	holiday 0.125	season 0.125	tet 0.625
ngaỳ_viá	anniversary 0.5	birth 0.5
ngaỳ_vọng	day 0.3333	full 0.3333	moon 0.3333
ngaỳ_xanh	days 0.25	tender 0.25	youth 0.5
ngaỳ_xưa	formely 0.3333	once 0.1667	time 0.1667	yesteryear 0.3333
ngaỳ_xưả_ngaỳ_xưa	once 0.5	time 0.5
ngaỳ_đêm	day 0.5	night 0.5
ngaỳ_đường	day's 0.5	walk 0.5
nghe	hear 0.6667	listen 0.3333
nghe_bệnh	auscultate 1
nghe_hơi	hearsay 0.3333	learn 0.3333	mere 0.3333
nghe_lén	eavesdrop 0.3333	listen 0.1667	overhear 0.3333	secretly 0.1667
nghe_lơì	advice 0.5	comply 0.1667	listen 0.3333
nghe_lỏm	overhear 1
nghe_ngóng	eagerly 0.1667	ears 0.1111	expectantly 0.1667	follow 0.3333	prick 0.1111	up 0.1111
nghe_nhìn	audiovisual 1
nghe_noí	said 1
nghe_ra	listen 0.25	reason 0.25	understand 0.5
nghe_theo	advice 0.25	listen 0.375	obey 0.375
nghe_trộm	eavesdrop 1
ngheò	indigent 0.2	needy 0.2	poor 0.4	proventy 0.2
ngheò_hèn	low 0.5	poor 0.5
ngheò_khổ	circumstances 0.5	reduced 0.5
ngheò_ngặt	circumstances 0.25	harn 0.25	strained 0.25	up 0.25
ngheò_nàn	destitute 0.1667	miserable 0.5	poverty 0.1667	stricken 0.1667
ngheò_túng	needy 1
ngheò_đoí	because 0.1667	destitution 0.25	poverty 0.1667	reduced 0.25	starving 0.1667
ngheõ	jade 1
ngheỏ	bucket 0.25	kick 0.25	off 0.25	pop 0.25
nghi	doubt 0.5	suspect 0.5
nghi_binh	diversionary 0.5	stratagem 0.25	tactics 0.25
nghi_hoặc	doubt 1
nghi_kỵ	suspicion 1
nghi_lễ	ceremony 0.5	rites 0.25	rituals 0.25
nghi_môn	alter 0.5	curtain 0.5
nghi_ngờ	doubt 0.5	suspect 0.5
nghi_thức	ceremony 0.5	form 0.25	formality 0.25
nghi_tiết	ceremonials 0.5	riter 0.5
nghi_vấn	doubtful 0.5	question 0.5
nghi_vệ	ceremony 0.5	pomp 0.5
nghi_xương	yichang 1
nghi_án	case 0.3333	doubtful 0.3333	legal 0.3333
nghinh	greet 0.25	look 0.125	meet 0.25	receive 0.25	sideways 0.125
nghinh_ngang	arrogant 0.5	hanghty 0.5
nghiã	dense 0.25	impont 0.25	meaning 0.5
nghiã_bộc	loyal 0.5	servant 0.5
nghiã_cử	deep 0.5	good 0.25	magnanimous 0.25
nghiã_dụng	brave 0.5	loyal 0.5
nghiã_hiệp	chivalrous 0.5	knightly 0.5
nghiã_hoà_đoàn	boxer 1
nghiã_khí	disposition 0.25	good 0.5	will 0.25
nghiã_trang	graveyard 1
nghiã_vụ	duty 0.3333	obligation 0.6667
nghiã_điạ	burial 0.125	cemetory 0.25	grave 0.125	graveyard 0.25	ground 0.125	yard 0.125
nghiã_đệ	brother 0.4167	byadoption 0.1667	foster 0.25	younger 0.1667
nghiêm	grave 0.3333	stern 0.3333	strict 0.3333
nghiêm_chính	honest 0.25	strict 0.5	upright 0.25
nghiêm_chỉnh	serious 0.5	strict 0.5
nghiêm_cách	strict 1
nghiêm_cấm	forbid 1
nghiêm_cẩn	respectful 0.5	solemnly 0.5
nghiêm_huấn	admonishment 0.25	fahter's 0.25	father's 0.25	recommendation 0.25
nghiêm_khắc	hard 0.3333	severe 0.3333	stern 0.3333
nghiêm_lệnh	order 0.5	strict 0.5
nghiêm_minh	clear 0.5	strict 0.5
nghiêm_mật	onconspicuous 0.25	secret 0.25	strict 0.5
nghiêm_nghị	grave 1
nghiêm_ngặt	stringent 1
nghiêm_phụ	father 1
nghiêm_trang	decent 0.25	dignified 0.25	grave 0.5
nghiêm_trọng	grave 0.5	serious 0.5
nghiêm_túc	serious 0.25	seriously 0.5	strict 0.25
nghiêm_từ	father 0.5	mother 0.5
nghiêm_đường	father 1
nghiên_cưú	examine 0.2	read 0.2	research 0.2	study 0.4
nghiên_cưú_sinh	granduate 0.5	post 0.5
nghiên_cưú_tình_huống	case 0.5	study 0.5
nghiêng	incline 0.3333	lean 0.3333	tilt 0.3333
nghiêng_ngưả	fluctuating 0.25	full 0.125	hardships 0.125	undecided 0.25	vacillating 0.25
nghiêng_ngả	osscillate 0.5	veer 0.5
nghiến	gnash 0.3333	grind 0.3333	grit 0.3333
nghiến_răng	clench 0.25	grind 0.25	teeth 0.5
nghiền	crush 0.3333	grind 0.3333	pound 0.3333
nghiền_ngẫm	brood 0.25	over 0.25	ponder 0.5
nghiễm_nhiên	ado 0.06667	any 0.1333	fuss 0.06667	imperturbable 0.2	much 0.06667	trouble 0.06667	unruffed 0.2	without 0.2
nghiệm	consider 0.3333	efficacious 0.3333	root 0.3333
nghiệm_thu	acceptance 0.25	approve 0.25	check 0.125	inspection 0.25	over 0.125
nghiệp	karma 0.3333	profession 0.3333	trade 0.3333
nghiệp_baó	karma 0.75	retribution 0.25
nghiệp_chướng	karma 1
nghè	doctor 0.5	letters 0.5
nghé	buffalo 0.25	calf 0.25	glance 0.5
nghé_mắt	glance 0.5	peep 0.5
nghét	very 1
nghê	club 0.25	lion 0.25	lion's 0.25	smaal 0.25
nghênh	look 0.75	round 0.25
nghênh_chiến	battle 0.5	offer 0.5
nghênh_giá	king 0.5	welcome 0.5
nghênh_ngang	blocking 0.1667	lying 0.1667	swaggering 0.3333	way 0.3333
nghênh_tiếp	entertain 0.5	welcome 0.5
nghênh_tân	welcome 1
nghênh_tống	meet 0.1667	off 0.3333	see 0.3333	welcome 0.1667
nghênh_xuân	spring 0.5	welcome 0.5
nghênh_đón	welcome 1
nghêu	clam 0.5	disconnected 0.1667	phrases 0.1667	recite 0.1667
nghêù	lanky 0.5	tall 0.25	thin 0.25
nghêũ_nghện	sitting 0.5	unstably 0.5
nghì	constancy 0.5	loyalty 0.5
nghìm	thousand 1
nghìn	thousand 1
nghìn_thu	ever 1
nghìn_tỷ	trillion 1
nghìn_tỷ_tỷ_tỷ	quintillion 1
nghí_ngoaý	fingers 0.3333	move 0.3333	nimbly 0.3333
nghĩ	contemplate 0.25	guess 0.25	think 0.5
nghĩ_bụng	think 1
nghĩ_laị	better 0.25	second 0.25	think 0.25	thoughts 0.25
nghĩ_ngơị	carefully 0.1667	consider 0.1667	over 0.1667	ponder 0.1667	worry 0.3333
nghĩ_ra	guess 0.5	out 0.25	think 0.25
nghẹn	choked 0.5	strangled 0.5
nghẹn_lơì	dumb 0.5	struck 0.5
nghẹn_ngaò	choked 0.5	tears 0.5
nghẹt	choked 0.125	clogged 0.125	strangling 0.25	tight 0.125	too 0.125	up 0.25
nghẹt_muĩ	sniffle 0.5	snuffle 0.5
nghẹt_thở	nearly 0.1667	oppressive 0.3333	strangled 0.1667	suffocated 0.3333
nghẽn	block 1
nghếch	bewildered 0.1667	look 0.5	puzzled 0.1667	up 0.1667
nghếch_mắt	look 0.5	up 0.5
nghếch_ngác	bewildered 0.5	puzzled 0.5
nghề	business 0.1667	craft 0.1667	occupation 0.1667	profession 0.3333	work 0.1667
nghề_cá	fishery 1
nghề_làm_baó	journalism 1
nghề_làm_dao_keó	cutlery 1
nghề_làm_vườn	horticulture 1
nghề_nghiệp	carrer 0.2	occupation 0.2	profession 0.4	trade 0.2
nghề_phụ	trade 1
nghề_trồng_hoa	floriculture 1
nghề_viết_baó	journalism 1
nghề_võ	arts 0.25	career 0.25	martial 0.25	military 0.25
nghề_văn	career 0.5	civilian 0.5
nghề_đánh_cá_voi	whaling 1
nghề_đóng_taù	shipbuilding 1
nghề_đơì	life 0.5	such 0.5
nghể	jointweed 0.3333	knotweed 0.3333	lady's 0.1667	thumb 0.1667
nghển	crane 1
nghển_cổ	crane 0.5	neck 0.5
nghểnh_ngãng	hard 0.5	hearing 0.5
nghệ	croeus 0.25	profession 0.25	saffron 0.25	trade 0.25
nghệ_giả	geisha 1
nghệ_nhân	artiste 0.5	craftsman 0.5
nghệ_sĩ	artist 1
nghệ_thuật	art 1
nghệ_thuật_nhún_giàn	trampoline 1
nghệ_thuật_phim	cinema 1
nghệ_thuật_điện_ảnh	cinema 1
nghệ_tây	saffron 1
nghệch	dull 0.25	looking 0.5	stupid 0.25
nghỉ	desist 0.3333	repose 0.3333	rest 0.3333
nghỉ_chân	call 0.25	halt 0.25	short 0.1667	stop 0.1667	while 0.1667
nghỉ_hè	holiday 0.5	summer 0.5
nghỉ_hưu	retire 1
nghỉ_lễ	holiday 0.5	holidays 0.5
nghỉ_mát	go 0.5	holiday 0.5
nghỉ_ngơi	rest 1
nghỉ_năm	annual 0.5	leave 0.5
nghỉ_phép	furlough 0.5	leave 0.5
nghỉ_tay	knock 0.5	off 0.5
nghỉ_trưa	siesta 1
nghỉ_việc	leave 0.3333	off 0.3333	work 0.3333
nghỉ_đẻ	live 0.5	maternity 0.5
nghỉ_ốm	leave 0.5	sick 0.5
nghị_gật	deputy 0.25	man 0.25	yes 0.5
nghị_hoà	hold 0.3333	peace 0.3333	talks 0.3333
nghị_luận	debate 0.5	deliberate 0.5
nghị_lực	energy 0.5	will 0.5
nghị_quyết	resolution 1
nghị_sĩ	deputy 0.3333	mp 0.3333	senator 0.3333
nghị_sự	business 0.75	item 0.25
nghị_trường	parliament 1
nghị_trưởng	speaker 1
nghị_tôị	deliberate 0.5	punishment 0.5
nghị_viện	chamber 0.125	deputies 0.25	house 0.25	parliament 0.25	representatives 0.125
nghị_án	deliberation 1
nghị_định	decree 1
nghị_định_thư	protocol 1
nghịch	contrary 0.3333	opposite 0.3333	reverse 0.3333
nghịch_cảnh	adverse 0.3333	adversity 0.3333	circumstances 0.3333
nghịch_lý	paradox 1
nghịch_mắt	unseemly 1
nghịch_ngợm	mischievous 0.5	playful 0.5
nghịch_nhĩ	unacceptable 1
nghịch_phong	adverse 0.5	wind 0.5
nghịch_thuyết	heresy 1
nghịch_thần	rebellious 0.5	subject 0.5
nghịt	deep 0.5	dense 0.5
ngoa	sharp 0.25	tongue 0.25	untruthful 0.5
ngoan	behaved 0.3333	good 0.3333	well 0.3333
ngoan_cường	dogged 1
ngoan_cố	contumacious 0.3333	obstinate 0.3333	stubborn 0.3333
ngoan_ngoãn	docile 0.5	obedient 0.5
ngoan_đaọ	devout 0.3333	godfearing 0.3333	pious 0.3333
ngoang_ngoảng	considerably 0.25	empty 0.5	quite 0.25
ngoao	meow 0.25	mew 0.25	miaou 0.25	miaow 0.25
ngoaì	exterior 0.2	external 0.2	out 0.2	outside 0.2	without 0.2
ngoaì_cuộc	outsider 1
ngoaì_da	developing 0.25	external 0.25	skin 0.25	use 0.25
ngoaì_khơi	high 0.1667	off 0.4167	seas 0.1667	shore 0.25
ngoaì_lề	marginal 1
ngoaì_mặt	appearnce 0.25	external 0.25	outside 0.5
ngoaì_nước	overseas 1
ngoaì_ra	besides 0.3333	beyond 0.3333	thereto 0.3333
ngoaì_tai	ignore 1
ngoaì_trơì	nature 0.5	open 0.5
ngoaì_đường	street 1
ngoaý	quickly 0.1667	scrawl 0.3333	winkle 0.3333	write 0.1667
ngoaý_muĩ	nose 0.5	pick 0.5
ngoaị_bì	epidermis 1
ngoaị_giao	affairs 0.125	diplomacy 0.25	diplomatic 0.25	foreign 0.125	piplomacy 0.25
ngoaị_giao_đoàn	corps 0.5	diplomatic 0.5
ngoaị_hành_tinh	exoplanet 1
ngoaị_hôí	currency 1
ngoaị_mông	mongolia 0.5	outer 0.5
ngoaị_ngữ	foreign 0.5	language 0.5
ngoaị_quốc	country 0.1667	foreign 0.6667	parts 0.1667
ngoaị_thành	suburb 1
ngoaị_thương	foreign 0.5	trade 0.5
ngoaị_trừ	except 1
ngoaị_tệ	currency 1
ngoaị_ô	outskirts 0.3333	suburb 0.3333	suburbs 0.3333
ngoaỷ	anger 0.1111	away 0.1111	turn 0.1111	wag 0.3333	waggle 0.3333
ngoe	crab'slegs 1
ngoe_ngoaỷ	wag 0.5	waggle 0.5
ngoe_ngoé	croak 1
ngoi	creep 0.1667	strenuously 0.1667	strive 0.25	toward 0.25	up 0.1667
ngon	delicious 0.3333	succulent 0.3333	tasty 0.3333
ngon_giấc	good 0.5	sleep 0.5
ngon_lành	appetizing 0.3333	dalicious 0.3333	tasty 0.3333
ngon_miệng	appetite 0.6667	good 0.1667	great 0.1667
ngon_mắt	attractive 0.1667	inviting 0.1667	looking 0.1667	pleasant 0.1667	tempting 0.3333
ngon_ngọt	delicious 0.3333	honeyed 0.3333	sweet 0.3333
ngon_xơi	easy 1
ngon_ơ	easy 1
ngoàm	mortise 1
ngoác	open 0.5	wide 0.5
ngoách	too 0.5	tough 0.5
ngoé	frog 0.5	marsh 0.5
ngoì	arroyo 0.2	canal 0.2	fuse 0.2	match 0.2	primer 0.2
ngoì_bút	nib 1
ngoì_nổ	detonator 1
ngoì_viết	nib 1
ngoí	tile 1
ngoí_bò	ridge 0.5	tile 0.5
ngoí_chiêú	flat 0.5	tile 0.5
ngoí_móc	hook 0.5	tile 0.5
ngoí_nóc	rigde 0.5	tile 0.5
ngoí_âm_dương	double 0.5	tile 0.5
ngoí_ống	tile 0.5	tube 0.5
ngoĩ	expect 1
ngoạm	bite 0.5	snap 0.5
ngoạn_mục	eyes 0.25	pleasant 0.25	spectacular 0.5
ngoảnh	head 0.25	round 0.25	turn 0.5
ngoảnh_laị	head 0.25	round 0.25	turn 0.5
ngoảnh_mặt	away 0.5	turn 0.5
ngoảnh_đi	another 0.1111	away 0.1667	direction 0.1111	neglect 0.3333	turn 0.2778
ngoắc	hang 0.5	hook 0.5
ngoắc_ngoặc	cahoots 1
ngoắt	another 0.06667	direction 0.06667	turn 0.2667	wag 0.2	waggle 0.2	wave 0.2
ngoắt_ngoeó	devious 0.5	tortuous 0.5
ngoắt_ngoeọ	limp 0.5	weakly 0.5
ngoằn_ngeò	meander 0.5	wind 0.5
ngoằn_ngoeò	full 0.1111	meandering 0.3333	turns 0.1111	twists 0.1111	zigzagging 0.3333
ngoằng	disproportionately 1
ngoặc	cahoots 0.3333	caret 0.1667	hook 0.3333	put 0.1667
ngoặc_kép	commans 0.1667	inverted 0.1667	marks 0.1667	quotation 0.1667	quotes 0.3333
ngoặc_tay	forefingers 0.5	link 0.5
ngoặc_vuông	brackets 0.5	square 0.5
ngu	doltish 0.25	foolish 0.25	stupid 0.5
ngu_daị	foolish 0.5	silly 0.5
ngu_dân	people 0.5	stupid 0.5
ngu_dốt	foolish 0.25	ignorant 0.5	siily 0.25
ngu_huynh	elder 0.5	modest 0.5
ngu_muôị	completely 0.3333	dim 0.3333	headed 0.3333
ngu_ngơ	naively 0.5	silly 0.5
ngu_ngốc	dull 0.5	headed 0.1667	stupid 0.3333
ngu_phụ	common 0.25	people 0.25	rabble 0.5
ngu_si	headed 0.5	thick 0.5
ngu_xuẩn	stupid 0.5	utterly 0.5
ngu_ý	humble 0.5	idea 0.25	opinion 0.25
nguy_hiểm	awkward 0.1667	danger 0.1667	dangerous 0.3333	perilous 0.1667	risky 0.1667
nguy_nga	magnificent 0.5	splendid 0.5
nguyên	former 0.5	yuan 0.5
nguyên_canh	exploitation 0.1667	exploiter 0.25	present 0.4167	state 0.1667
nguyên_caó	plaintiff 1
nguyên_chất	fine 0.5	pure 0.5
nguyên_cách	case 0.5	nominative 0.5
nguyên_dạng	form 0.5	original 0.5
nguyên_hình	cloven 0.1667	colours 0.1667	hoof 0.1667	nature 0.1667	true 0.3333
nguyên_liêụ	material 0.5	raw 0.5
nguyên_nhân	cause 0.5	reason 0.5
nguyên_nhân_học	etiology 1
nguyên_phân	mitosis 1
nguyên_quán	birth 0.25	country 0.25	native 0.25	place 0.25
nguyên_sinh	proteozoic 1
nguyên_sinh_chất	protoplasma 1
nguyên_sinh_động_vật	protozoa 1
nguyên_soaí	field 0.25	marshal 0.75
nguyên_thuỷ	aboriginal 0.5	primitive 0.5
nguyên_thủ_quốc_gia	head 0.5	state 0.5
nguyên_tắc	fundamental 0.5	priciple 0.5
nguyên_tắc_vàng	golden 0.5	rule 0.5
nguyên_tố	element 1
nguyên_tố_hoá_học	chemical 0.5	element 0.5
nguyên_tử	atom 1
nguyên_vật_liêụ	material 0.3333	raw 0.3333	working 0.3333
nguyên_âm	vowel 1
nguyễn	nguyen 0.5	smith 0.5
nguyễn_dữ	born 0.1667	but 0.25	family 0.1667	intellectual 0.1667	later 0.25
nguyễn_traĩ	diplomat 0.5	strategist 0.5
nguyện_bỏ	abjure 1
nguyện_vọng	aspiration 0.5	request 0.25	wish 0.25
nguyệt	moon 1
nguyệt_bạch	pale 0.5	white 0.5
nguyệt_cầm	guitar 0.5	moonshaped 0.5
nguyệt_liễm	fees 0.5	monthly 0.5
nguyệt_thực	eclipse 0.5	lunar 0.5
nguôi	appeased 0.1	become 0.1	becomeless 0.1	calm 0.1	cool 0.1	down 0.2	sharp 0.1	subside 0.2
nguôị	cold 0.6667	cool 0.3333
nguôị_lạnh	cold 1
nguôị_ngắt	cold 0.3333	freezing 0.3333	terribly 0.3333
nguồn	source 0.5	spring 0.5
nguồn_cơn	head 0.25	ins 0.25	outs 0.25	tail 0.25
nguồn_gốc	origin 0.5	source 0.5
nguồn_hy_vọng	hope 1
nguồn_nhân_lực	human 0.25	resources 0.25	workforce 0.5
nguồn_vốn	ability 1
nguỵ	mighty 0.1667	mischievous 0.1667	puppet 0.3333	quisling 0.3333
nguỵ_binh	puppet 0.5	troops 0.5
nguỵ_taọ	counterfeit 0.5	up 0.5
nguỵ_trang	camovylage 1
nguỵ_triêù	dynasty 0.5	usurpers 0.5
ngà	ivory 1
ngà_ngà	tipsy 1
ngà_ngà_say	tipsy 1
ngà_voi	elephant's 0.1667	ivory 0.6667	tusk 0.1667
ngàm	dovetail 0.5	halving 0.5
ngàn	forests 0.25	mountains 0.25	thousand 0.5
ngàn_tỷ_tỷ_tỷ	quintillion 1
ngành	branch 0.25	phylum 0.5	twig 0.25
ngành_khoa_học	science 1
ngành_nghề	career 0.3333	profession 0.3333	trade 0.3333
ngành_ngọn	all 0.1667	details 0.5	ins 0.1667	outs 0.1667
ngành_phim	cinema 1
ngành_điện_ảnh	cinema 1
ngách	back 0.5	street 0.5
ngám	fit 0.5	just 0.25	right 0.25
ngán	depressed 0.5	tired 0.5
ngán_ngẩm	tired 1
ngán_nôĩ	depressing 0.25	disgusting 0.25	how 0.5
ngáng	bar 0.3333	hinder 0.3333	stop 0.3333
ngáp	gape 0.3333	yawn 0.6667
ngáp_gió	come 0.5	cropper 0.5
ngát	very 1
ngâm	declaim 0.1667	recite 0.3333	soak 0.3333	steep 0.1667
ngâm_khúc	elegy 1
ngâm_nga	croon 1
ngâm_ngẩm	dull 0.5	lasting 0.5
ngâm_tôm	hole 0.5	pigeon 0.5
ngân	money 0.5	vibrate 0.5
ngân_bản_vị	silver 0.5	standard 0.5
ngân_hà	galaxy 0.3333	milky 0.3333	way 0.3333
ngân_hàng	bank 1
ngân_hôn	silver 0.5	wedding 0.5
ngân_khoản	credit 1
ngân_khố	treasury 1
ngân_nga	trill 1
ngân_phiêú	money 0.5	order 0.5
ngân_quỹ	fund 1
ngân_sách	budget 0.625	estimates 0.25	state 0.125
ngân_tiền	coin 0.5	silver 0.5
ngân_xuyên	yinchuan 1
ngâu	aglaia 0.5	lunar 0.1667	month 0.1667	seventh 0.1667
ngâu_ngâú	crunch 1
ngây	stupefiel 1
ngây_daị	naive 1
ngây_ngô	dull 0.5	stupid 0.5
ngây_ngươì	bewildred 0.5	look 0.5
ngây_ngất	ecstasy 0.5	go 0.5
ngây_thơ	green 0.25	guiltless 0.25	innocent 0.25	naive 0.25
ngâù	bloodshot 1
ngâú	ahigh 0.125	degree 0.125	devour 0.25	gobble 0.25	ripe 0.25
ngâú_nghiến	devour 1
ngâý	appetite 0.125	cloyed 0.125	fed 0.125	salmonberry 0.25	tried 0.25	up 0.125
ngâũ	end 0.5	loose 0.5
ngâũ_hợp	coincidence 0.25	concurrence 0.25	fortuitous 0.5
ngâũ_hứng	inspiration 0.5	sudden 0.5
ngâũ_lực	couple 1
ngâũ_nhiên	accident 0.25	accidental 0.25	accidentally 0.25	chance 0.25
ngâụ	fuus 0.3333	kick 0.3333	up 0.3333
ngâỳ	annoy 0.3333	trouble 0.3333	worry 0.3333
ngâỳ_ngà	importune 0.5	nag 0.5
ngâỵ	buttery 0.1667	deliciously 0.1667	rich 0.25	tastily 0.25	tasting 0.1667
ngã	down 0.1667	fall 0.6667	tumble 0.1667
ngã_giá	agree 0.5	price 0.5
ngã_lòng	heart 0.5	lose 0.5
ngã_lẽ	clear 0.25	elucidated 0.5	up 0.25
ngã_ngũ	settled 1
ngã_ngưả	back 0.5	fall 0.5
ngã_nước	malaria 0.5	suffer 0.5
ngã_tư	crossroads 1
ngò	coriander 1
ngò_gai	culantro 1
ngòm	deep 0.3333	pitch 0.3333	very 0.3333
ngòn	dark 1
ngòng	lanky 0.75	ungracefully 0.25
ngòng_ngoeò	twisty 0.5	winding 0.5
ngó	look 0.5	see 0.5
ngó_ngoaý	round 0.5	scrape 0.5
ngó_ngàng	attend 0.5	look 0.5
ngóc	branch 0.25	lift 0.25	small 0.25	up 0.25
ngóc_đâù	better 0.1667	head 0.3333	list 0.1667	off 0.1667	raise 0.1667
ngóm	completely 0.5	entirely 0.5
ngón	finger 0.2	skill 0.1	special 0.1	speciality 0.2	teo 0.2	trick 0.2
ngón_chân	toe 1
ngón_giưã	finger 0.5	middle 0.5
ngón_tay	finger 1
ngón_tay_bóp_cò	finger 0.5	trigger 0.5
ngón_tay_bật	finger 0.5	trigger 0.5
ngón_tay_caí	thumb 1
ngón_tay_cò_súng	finger 0.5	trigger 0.5
ngón_tay_giưã	finger 0.5	middle 0.5
ngón_tay_trỏ	forefinger 1
ngón_tay_út	finger 0.5	little 0.5
ngón_út	finger 0.5	little 0.5
ngóng	expect 0.5	wait 0.5
ngóng_trông	expect 1
ngót	become 0.06667	compact 0.06667	decrease 0.2	diminish 0.2	less 0.1	litter 0.1	more 0.06667	nearly 0.2
ngô	corn 0.3	indian 0.1	maize 0.4	wu 0.2
ngô_khoai	maize 0.3333	potato 0.3333	sweet 0.3333
ngô_nghê	foolish 0.5	silly 0.5
ngôi	person 0.5	throne 0.5
ngôi_baú	throne 1
ngôi_sao	film 0.1667	star 0.8333
ngôi_thứ	order 0.25	precedence 0.25	rank 0.5
ngôi_vua	throne 1
ngôn_hành	actions 0.25	deeds 0.25	talk 0.25	wards 0.25
ngôn_luận	speech 1
ngôn_ngổn	dense 1
ngôn_ngữ	diversified 0.3333	language 0.6667
ngôn_ngữ_học	linguistics 1
ngôn_ngữ_ký_hiêụ	language 0.5	sign 0.5
ngôn_ngữ_lập_trình	language 0.5	programming 0.5
ngôn_ngữ_maý	language 0.5	machine 0.5
ngôn_ngữ_maý_tính	language 1
ngôn_ngữ_tự_nhiên	language 0.5	natural 0.5
ngôn_từ	language 0.3333	speech 0.3333	words 0.3333
ngông	eccentric 0.3333	peculiar 0.3333	rash 0.3333
ngông_cuồng	eccentric 1
ngông_nghênh	lanky 0.25	swagger 0.5	ungracefully 0.25
ngôì	down 0.1667	sit 0.8333
ngôì_không	away 0.3333	idle 0.3333	time 0.3333
ngôì_lê	aboutgossiping 0.5	hang 0.5
ngôì_rôì	away 0.1667	idle 0.1667	thumbs 0.25	time 0.1667	twiddle 0.25
ngôì_thiền	meditation 1
ngôì_tù	go 0.25	jail 0.5	prison 0.25
ngôì_xuống	down 0.5	sit 0.5
ngôì_ì	sit 0.5	tight 0.5
ngõ	gate 1
ngõ_cụt	alley 0.25	blind 0.25	cul 0.1667	de 0.1667	sac 0.1667
ngõ_hẻm	alley 1
ngõ_ngách	cranny 0.1667	detail 0.3333	minute 0.1667	nook 0.1667	smallest 0.1667
ngõng	axis 0.1667	hinge 0.1667	like 0.3333	tenon 0.3333
ngù	tassel 1
ngù_ngờ	doltish 0.5	dullard 0.25	like 0.25
ngăm	intimidate 0.3333	tawny 0.3333	threaten 0.3333
ngăn	apart 0.08333	divide 0.1667	drawer 0.1667	hinder 0.1667	part 0.1667	prevent 0.08333	stem 0.1667
ngăn_chặn	prevent 0.5	stop 0.5
ngăn_cách	separate 1
ngăn_cản	hamper 0.5	hinder 0.5
ngăn_cấm	debar 0.5	forbid 0.5
ngăn_keó	drawer 1
ngăn_nắp	ordered 0.25	orderly 0.5	well 0.25
ngăn_trở	hamper 0.5	hinder 0.5
ngũ	five 1
ngũ_bôị_tử	gall 0.5	nut 0.5
ngũ_cốc	cereal 0.25	cereals 0.25	food 0.08333	grain 0.3333	stuffs 0.08333
ngũ_giác_đaì	pentagon 1
ngũ_giơí	five 0.5	nays 0.5
ngũ_hành	basic 0.3333	elements 0.3333	five 0.3333
ngũ_hình	deportation 0.1111	fine 0.3333	five 0.1111	imprisonment 0.3333	punishments 0.1111
ngũ_ngôn	five 0.3333	verse 0.3333	word 0.3333
ngũ_quan	five 0.5	senses 0.5
ngũ_quả	five 0.5	fruits 0.5
ngũ_sắc	colours 0.3333	five 0.3333	primary 0.3333
ngũ_thường	constant 0.3333	five 0.3333	virtues 0.3333
ngũ_tuần	fifty 0.5	years 0.5
ngũ_vị	five 0.5	tastes 0.5
ngũ_vị_hương	five 0.3333	powder 0.3333	spice 0.3333
ngũ_âm	five 0.5	notes 0.5
ngũ_đaị	five 0.5	generations 0.5
ngũ_đaị_hồ	great 0.5	lakes 0.5
ngũ_đoản	limbed 0.5	short 0.5
ngơ	connive 0.25	ignore 0.25	let 0.125	overlook 0.25	pass 0.125
ngơ_ngaó	bewildered 0.5	dazed 0.5
ngơ_ngác	bewilldered 0.5	dazed 0.5
ngơi	knock 0.5	off 0.5
ngơi_tay	grant 0.5	respite 0.5
ngư_cụ	fishing 0.5	tackle 0.5
ngư_dân	fisherman 1
ngư_học	ichthyology 1
ngư_long	ichthyosaurus 1
ngư_lôi	torpedo 1
ngư_phủ	fisherman 1
ngư_tiêù	firewoodman 0.5	fisherman 0.5
ngư_trường	fishery 0.5	fishing 0.25	ground 0.25
ngư_âm_học	phonetics 1
ngư_ông	fisher 0.3333	fisherman 0.3333	oars 0.1667	resting 0.1667
ngưng	break 0.1429	cease 0.1429	condense 0.1429	interrupt 0.1429	knock 0.07143	off 0.07143	stop 0.1429	suspend 0.1429
ngưng_trệ	come 0.25	stagnate 0.5	standstill 0.25
ngưng_tụ	condense 1
ngưng_đọng	standstill 1
ngưu_đâụ	cow 0.5	pox 0.5
ngưà	prevent 1
ngưá	itch 1
ngưá_mắt	eyes 0.5	shock 0.5
ngưá_mồm	cannot 0.1667	help 0.1667	itching 0.25	speak 0.25	speaking 0.1667
ngưá_ngaý	fidget 0.5	spoiling 0.5
ngưá_nghề	aroused 0.25	feel 0.4167	sexual 0.1667	urge 0.1667
ngưá_tai	ears 0.5	shock 0.5
ngưá_tay	itching 0.5	strike 0.5
ngưá_tiết	blood 0.25	flare 0.25	up 0.5
ngươi	man 0.25	thee 0.25	thou 0.25	you 0.25
ngươì	an 0.1111	human 0.1111	individual 0.1111	man 0.2222	people 0.2222	person 0.2222
ngươì_ai_cập	egyptian 1
ngươì_anh	briton 0.5	english 0.5
ngươì_aó	austrian 1
ngươì_bao_biện	busybody 1
ngươì_baò_chưã	defender 1
ngươì_bán_hoa	florist 1
ngươì_bán_hàng	salesperson 1
ngươì_bán_rau_caỉ	greengrocer 1
ngươì_bán_sưã	milkman 1
ngươì_bán_vé	conductor 1
ngươì_bạch	white 1
ngươì_bạn	friend 1
ngươì_bắt_đâù	beginner 1
ngươì_bệnh	patient 1
ngươì_chiến_thắng	winner 1
ngươì_châu_âu	european 1
ngươì_chăm_chỉ	student 1
ngươì_chăn_cưù	shepherd 1
ngươì_chăn_nuôi	breeder 1
ngươì_chơi_quần_vợt	player 0.5	tennis 0.5
ngươì_chống_phát_xít	antifascist 1
ngươì_chứng	witness 1
ngươì_câm	mute 1
ngươì_có_công	meritorious 0.3333	people 0.3333	services 0.3333
ngươì_có_cổ_phần	shareholder 1
ngươì_có_tôị	sinner 1
ngươì_cộng_sản	communist 1
ngươì_da_trắng	caucasian 1
ngươì_da_đen	black 0.5	negro 0.5
ngươì_di_cư	emigrant 1
ngươì_di_gan	gypsy 1
ngươì_do_thaí	hebrew 0.3333	jew 0.3333	jewess 0.3333
ngươì_dân	citizens 0.25	locals 0.25	people 0.25	residents 0.25
ngươì_dân_tộc	ethnic 0.5	people 0.5
ngươì_dã_man	barbarian 0.5	savage 0.5
ngươì_dơi	batman 1
ngươì_dưng	strange 1
ngươì_giết	killer 1
ngươì_giữ_kho	warehouseman 1
ngươì_giữ_trẻ	babysitter 0.5	carer 0.5
ngươì_goá_vợ	widower 1
ngươì_gốc_la_mã	latin 1
ngươì_hay_khóc	crybaby 1
ngươì_hoa_kỳ	american 1
ngươì_hoa_kỳ_花旗	usonian 1
ngươì_hà_lan_bay	dutchman 0.5	flying 0.5
ngươì_hàng_thịt	butcher 1
ngươì_hán	chinese 0.25	han 0.75
ngươì_hâù	servant 0.5	valel 0.5
ngươì_hâù_bàn	waiter 1
ngươì_hôì	hui 0.5	muslim 0.5
ngươì_hôì_giaó	muslim 1
ngươì_hùng	man 1
ngươì_khiêu_vũ	dancer 1
ngươì_khách_gia	hakka 1
ngươì_khơỉ_nghiã	insurgent 1
ngươì_khủng_bố	terrorist 1
ngươì_la_mã	latin 1
ngươì_laí	driver 1
ngươì_laò	lao 1
ngươì_laú_cá	calculator 1
ngươì_ly_dị_chồng	divorcee 1
ngươì_ly_dị_vợ	divorcee 1
ngươì_làm	emplyee 0.5	servant 0.5
ngươì_làm_vườn	gardener 1
ngươì_lâý_vé	conductor 1
ngươì_lính	soldier 1
ngươì_lùn	dwarf 1
ngươì_lùn_tịt	abortion 1
ngươì_lạ	person 0.1667	strange 0.5	stranger 0.3333
ngươì_lớn	adult 0.6667	grown 0.1667	up 0.1667
ngươì_maý	robot 1
ngươì_muá	dancer 1
ngươì_mâũ	model 1
ngươì_mông_cổ	mongolian 1
ngươì_mơí_học	beginner 1
ngươì_mặt_trăng	lunarian 0.5	selenite 0.5
ngươì_mị_dân	demagogue 1
ngươì_mỹ	american 1
ngươì_nga	russian 1
ngươì_nghe_lén	eavesdropper 1
ngươì_nghe_trộm	eavesdropper 1
ngươì_nghiên_cưú	student 1
ngươì_nghiện	addict 1
ngươì_ngoaị_quốc	alien 0.5	foreigner 0.5
ngươì_ngu	ass 1
ngươì_ngươì	all 0.5	everyone 0.3333	sundry 0.1667
ngươì_nhaỷ	dancer 1
ngươì_nhát_gan	coward 1
ngươì_nhút_nhát	coward 1
ngươì_nhật	japanese 1
ngươì_nô_lệ	slave 1
ngươì_nông_dân	farmer 1
ngươì_nước_ngoaì	alien 0.5	foreigner 0.5
ngươì_phá_thai	abortionist 1
ngươì_pháp	french 1
ngươì_phưng_tây	westerner 1
ngươì_phạm_tôị	sinner 1
ngươì_phản_kháng	protestant 1
ngươì_phản_đôí	oppositionist 1
ngươì_phật	buddhist 1
ngươì_phụ_trách_maý	engineer 1
ngươì_quen	acquaintance 1
ngươì_quản_lý	manager 1
ngươì_slav	slav 1
ngươì_soí	werewolf 1
ngươì_sáng_taọ	creator 1
ngươì_săn_sóc	second 1
ngươì_ta	one 0.4	people 0.2	they 0.2	you 0.2
ngươì_taù	chinese 0.5	chink 0.5
ngươì_tham_gia	participant 1
ngươì_thaí	thai 1
ngươì_thaí_lan	thai 1
ngươì_theo_đaọ_laõ	taoist 1
ngươì_thiên_cổ	dead 1
ngươì_thuyền_nhân	boat 0.5	person 0.5
ngươì_thân	relative 1
ngươì_thông_dịch	interpreter 1
ngươì_thưà_kế	heir 1
ngươì_thường	vulgarian 1
ngươì_tiêu_dùng	consumer 1
ngươì_tiêu_thụ	consumer 1
ngươì_traí_đất	terran 1
ngươì_trung_quốc	chinese 1
ngươì_truyền_giaó	missionary 1
ngươì_tráng	zhuang 1
ngươì_trắng	caucasian 0.5	white 0.5
ngươì_tuyết	snowman 1
ngươì_tán_thành	second 1
ngươì_tình	lover 1
ngươì_tình_bạn_tình	lover 1
ngươì_tính	calculator 1
ngươì_tầm_thường	vulgarian 1
ngươì_viết_kịch_bản	screenwriter 1
ngươì_việt	vietnamese 1
ngươì_việt_nam	vietnamese 1
ngươì_vô_loaị	coyote 1
ngươì_vượn	pithecanthrope 1
ngươì_vợ	wife 1
ngươì_xuất_bản	publisher 1
ngươì_xưa	ancients 1
ngươì_yêu	boyfriend 0.1429	girlfriend 0.1429	heart 0.07143	love 0.1429	lover 0.2857	sweet 0.07143	sweetheart 0.1429
ngươì_yêu_nước	patriot 1
ngươì_á_châu	asian 1
ngươì_úc	australian 1
ngươì_úc_châu	australian 1
ngươì_ý	italian 1
ngươì_ăn_xin	beggar 1
ngươì_đaọ_diễn	director 0.5	film 0.5
ngươì_đaọ_giaó	taoist 1
ngươì_đen	black 1
ngươì_đi_du_lịch	traveller 1
ngươì_đi_nghỉ_mát	holiday 0.5	maker 0.5
ngươì_đi_săn	hunter 1
ngươì_điên	madman 1
ngươì_đâù_bếp	headwaiter 1
ngươì_đâù_tư	investor 1
ngươì_đơì	dolt 0.25	dullard 0.25	large 0.25	people 0.125	world 0.125
ngươì_đưa_thư	mailman 1
ngươì_đẹp	beautiful 0.25	handsome 0.5	woman 0.25
ngươì_đồng_tính	gay 1
ngươì_đồng_tính_nam	gay 1
ngươì_đức	german 1
ngươì_ấn_độ	indian 1
ngươì_ở	servant 1
ngươì_ở_đất_liền	mainlander 1
ngươì_ủng_hộ	second 1
ngươỉ_bán_cá	fishmonger 1
ngươỉ_bán_hàng_rong	vendor 1
ngưạ	horse 1
ngưạ_caí	mare 1
ngưạ_con	foal 1
ngưạ_cỏ_bùn	grass 0.3333	horse 0.3333	mud 0.3333
ngưạ_ngheõ	hack 0.5	jade 0.5
ngưạ_ngươì	driver 0.5	rickshaw 0.5
ngưạ_pôni	pony 1
ngưạ_trơì	mantis 1
ngưạ_vằn	zebra 1
ngưạ_ô	black 0.5	horse 0.5
ngưả	back 0.3333	face 0.1667	turn 0.1667	upward 0.3333
ngưả_tay	beg 1
ngưỉ	smell 0.5	sniff 0.5
ngước	raise 1
ngưỡng	threshold 1
ngưỡng_cưả	doorstep 0.5	threshold 0.5
ngưỡng_mộ	admire 0.5	look 0.25	up 0.25
ngưỡng_vọng	above 0.3333	expect 0.3333	favours 0.3333
ngược	against 0.2	contrary 0.2	down 0.1	opposite 0.2	upside 0.1	windward 0.2
ngược_dòng	above 0.5	upstream 0.5
ngược_laị	contrary 0.5	versa 0.25	vice 0.25
ngược_mắt	unsightly 1
ngược_ngaọ	insolent 1
ngược_đaĩ	ill 0.25	maltreat 0.5	treat 0.25
ngược_đơì	absurd 0.5	nonsensical 0.5
ngượng	ashamed 1
ngượng_mặt	ashamed 1
ngượng_nghiụ	awkward 1
ngượng_ngùng	ashamed 0.5	slightly 0.5
ngượng_ngập	awkward 0.5	feel 0.5
ngạc_ngư	crocodile 1
ngạc_nhiên	aback 0.1	astonished 0.2	suprised 0.2	surprised 0.2	taken 0.1	wonder 0.2
ngạch	scale 0.5	threshold 0.5
ngạch_trật	grades 0.3333	ranks 0.3333	various 0.3333
ngạn	bank 0.5	river 0.5
ngạn_ngữ	adage 0.5	proverb 0.5
ngạnh	barb 1
ngạt	breath 0.25	difficult 0.25	feel 0.25	oppressed 0.25
ngạt_hơi	suffocating 0.5	suppressive 0.5
ngạt_muĩ	stuffy 1
ngả	bard 0.1667	direction 0.1667	ferment 0.1667	incline 0.1667	lean 0.1667	way 0.1667
ngả_lưng	down 0.5	lie 0.5
ngả_mũ	hat 0.5	off 0.5
ngả_nghiêng	waver 1
ngả_ngốn	disorder 0.25	great 0.25	mell 0.25	pell 0.25
ngả_ngớn	indecent 0.5	unseemly 0.5
ngả_vạ	fine 0.5	impose 0.5
ngảnh_cổ	head 0.5	turn 0.5
ngấc	lift 0.5	raise 0.5
ngấm	draw 1
ngấm_ngoaỷ	frown 0.5	scowl 0.5
ngấm_nguýt	black 0.5	look 0.5
ngấm_qua	filter 1
ngấm_đòn	tell 1
ngấn	fold 0.5	left 0.1667	lines 0.1667	trace 0.1667
ngấn_lệ	tears 0.5	traces 0.5
ngấp_nghé	aim 0.5	designs 0.5
ngất	become 0.1	dizzy 0.2	expensive 0.2	faint 0.2	onconscious 0.1	swoon 0.2
ngất_ngưởng	swaying 0.5	unsteady 0.5
ngất_trơì	craping 0.1667	high 0.1667	sky 0.3333	towering 0.3333
ngầm	secret 0.3333	tacit 0.3333	underground 0.3333
ngần_ngaị	hesitation 1
ngần_ngừ	dally 0.25	dilly 0.25	vacillate 0.5
ngẩn_ngơ	amazed 0.5	astounded 0.5
ngẫm	over 0.1667	ponder 0.3333	reflect 0.3333	think 0.1667
ngẫm_nghĩ	cogitate 0.5	reflect 0.5
ngậm	hold 0.5	mouth 0.5
ngậm_câm	keep 0.5	mum 0.5
ngậm_họng	absolutely 0.1667	breath 0.25	keep 0.1667	quiet 0.1667	shut 0.25
ngậm_miệng	hold 0.1667	keep 0.1667	mouth 0.1667	shut 0.1667	silent 0.1667	tongue 0.1667
ngậm_nguì	compassion 0.5	pity 0.5
ngậm_nước	hydrated 1
ngậm_tăm	keep 0.3333	silence 0.3333	strict 0.3333
ngập	flood 0.1667	flooded 0.1667	flooding 0.1667	inundate 0.1667	inundated 0.1667	submerged 0.1667
ngập_mắt	littered 0.5	up 0.5
ngập_nguạ	covred 0.25	full 0.5	profusely 0.25
ngập_ngừng	halt 0.5	towaver 0.5
ngập_úng	flooding 0.5	inundation 0.5
ngập_đâù	ears 0.3333	head 0.3333	over 0.3333
ngật_ngưởng	tottering 1
ngắc	held 0.25	stuck 0.5	up 0.25
ngắc_ngoaỉ	death's 0.5	door 0.5
ngắc_ngứ	stumble 1
ngắm	admire 0.25	contemplate 0.5	look 0.25
ngắn	brief 0.3333	short 0.6667
ngắt	interrupt 1
ngắt_quãng	interrupted 1
ngắt_điện	interrupter 0.5	switch 0.5
ngẳng	elongated 0.5	slender 0.5
ngẳng_nghiu	lanky 0.25	scaggy 0.25	scraggy 0.25	scrawny 0.25
ngặt	rigorous 0.3333	strict 0.3333	stringent 0.3333
ngặt_ngheò	difficult 0.3333	hard 0.3333	serious 0.3333
ngặt_ngõng	stern 0.5	strict 0.5
ngọ	branch 0.1111	earthly 0.1111	midday 0.3333	noon 0.3333	seventh 0.1111
ngọ_ngoaỵ	spuirm 0.5	wriggle 0.5
ngọc	precious 0.5	stone 0.5
ngọc_bích	emerald 1
ngọc_bôị	gem 0.1667	ornament 0.1667	paragon 0.1667	pearl 0.3333	virtue 0.1667
ngọc_chỉ	ordinance 0.5	royal 0.5
ngọc_diện	beautiful 0.25	face 0.5	lovely 0.25
ngọc_hoàng	god 0.3333	heaven 0.5	king 0.1667
ngọc_hành	penis 1
ngọc_lam	turquoise 1
ngọc_lan	magnolia 1
ngọc_lan_tây	ilang 1
ngọc_ngà	ivory 0.1667	jade 0.1667	jewel 0.1667	like 0.5
ngọc_nữ	beautiful 0.25	fairy 0.5	girl 0.25
ngọc_thạch	jade 1
ngọc_thể	person 0.5	precious 0.5
ngọc_thỏ	moon 1
ngọc_thực	rice 1
ngọc_trai	pearl 1
ngọc_đường	family 0.5	wealth 0.5
ngọn	banner 0.25	peak 0.25	summit 0.25	top 0.25
ngọn_cờ	banner 1
ngọn_lưả	flame 1
ngọn_nguồn	foundation 0.5	origin 0.5
ngọn_ngành	details 1
ngọng	dull 0.3333	lisp 0.3333	stupid 0.3333
ngọng_nghiụ	lisp 1
ngọt	sweet 1
ngọt_buì	sweet 1
ngọt_giọng	leaving 0.3333	sweetish 0.3333	taste 0.3333
ngọt_lịm	delicious 0.3333	sweet 0.3333	tasty 0.3333
ngọt_lừ	delicious 0.25	quite 0.25	tasty 0.5
ngọt_ngaò	delicious 0.25	smile 0.08333	speak 0.08333	suave 0.25	suavely 0.08333	sweet 0.25
ngọt_nhạt	smooth 0.5	sugary 0.5
ngọt_sắc	cloyingly 0.5	sweet 0.5
ngỏ	open 1
ngỏ_lòng	heart 0.5	open 0.5
ngỏ_lơì	express 0.5	out 0.25	speak 0.25
ngỏ_ý	express 0.25	intention 0.5	known 0.25
ngỏm_dâỵ	quickly 0.3333	sit 0.3333	up 0.3333
ngỏng	crane 0.5	erection 0.5
ngố	doltish 0.5	dull 0.25	headed 0.25
ngốc	idiot 0.5	stupid 0.5
ngốn	bolt 0.3333	cram 0.3333	gobble 0.3333
ngốn_ngâú	bolt 0.3333	devour 0.3333	gobble 0.1667	up 0.1667
ngốt	covet 0.5	grow 0.1667	hot 0.1667	oppressively 0.1667
ngốt_ngươì	stifling 0.5	sweltering 0.5
ngồm_ngoàm	piggish 1
ngồng	shoot 0.25	tall 0.25	towering 0.5
ngổ	rash 0.5	reckless 0.5
ngổ_nghịch	insolent 0.5	wayward 0.5
ngổ_ngược	impertinent 0.5	wayward 0.5
ngỗng	goose 0.5	groose 0.5
ngộ	case 0.2	cute 0.2	quaint 0.2	queer 0.2	rabid 0.2
ngộ_biến	meet 0.5	misfortune 0.5
ngộ_cảm	catch 0.5	cold 0.5
ngộ_nhận	mistake 1
ngộ_nhỡ	case 1
ngộ_nạn	danger 1
ngộ_sát	homicide 0.5	unintentional 0.5
ngộ_đaọ	gnostic 1
ngộ_độc	poisoning 1
ngộ_độc_thận	nephrotoxicity 1
ngộc_nghệch	lubberly 1
ngộn	plentiful 0.5	plenty 0.5
ngột	feel 0.5	suffocated 0.5
ngột_ngạt	oppressive 0.3333	stifling 0.3333	stuffy 0.3333
ngớ	stupefied 1
ngớ_ngẩn	stunned 1
ngớp	dread 0.5	frightened 0.5
ngớt	abate 0.5	cease 0.25	subside 0.25
ngờ	doubt 0.5	suspect 0.5
ngờ_vực	doubt 0.5	suspect 0.5
ngờ_đâu	expect 0.5	think 0.5
ngỡ	believe 0.5	think 0.5
ngỡ_ngàng	fault 1
ngợ	certain 0.25	doubtful 0.25	quite 0.25	still 0.25
ngợp	dizzy 0.5	feel 0.5
ngụ	dwell 0.5	live 0.5
ngụ_cư	reside 1
ngụ_ngôn	fable 1
ngụ_taị	abide 1
ngụ_ý	imply 1
ngục	gaol 0.25	jail 0.25	prison 0.5
ngục_hình	imprisonment 1
ngục_laị	gaol 0.3333	gaoler 0.3333	jailer 0.3333
ngục_thất	jailer 0.3333	jailor 0.3333	prison 0.3333
ngục_tôí	dark 0.25	gaol 0.25	jail 0.25	sinister 0.25
ngục_tù	prison 1
ngục_tốt	guard 0.5	warder 0.5
ngụm	draught 0.3333	gulp 0.3333	mouthful 0.3333
ngụp	dive 0.3333	duck 0.3333	plunge 0.3333
ngủ	asleep 0.3333	sleep 0.6667
ngủ_dâỵ	up 1
ngủ_gà	doze 0.5	drowse 0.5
ngủ_gật	nod 1
ngủ_gục	asleep 0.25	fall 0.25	sleep 0.5
ngủ_khì	asleep 0.125	dead 0.125	fast 0.125	like 0.08333	log 0.08333	sleep 0.2083	soundly 0.125	world 0.125
ngủ_mê	dream 0.3333	like 0.1111	log 0.1111	sleep 0.2778	soundly 0.1667
ngủ_đông	hibernate 1
ngừng	desist 0.3333	draw 0.1667	stop 0.3333	up 0.1667
ngừng_bút	finish 0.5	writing 0.5
ngừng_bước	advancing 0.1667	come 0.1667	stop 0.6667
ngừng_bắn	cease 0.5	fire 0.5
ngừng_tay	knock 0.5	off 0.5
ngừng_trệ	come 0.25	stagnate 0.5	standstill 0.25
ngửng	lift 0.3333	raise 0.3333	turn 0.1667	up 0.1667
ngữ	despicable 0.125	fellow 0.125	limit 0.25	measure 0.25	moderation 0.25
ngữ_cảnh	context 1
ngữ_hệ	family 0.75	language 0.25
ngữ_khí	intonation 0.5	tone 0.5
ngữ_nghiã_học	semantics 1
ngữ_pháp	grammar 0.75	syntax 0.25
ngữ_văn	philology 1
ngữ_âm	phonic 1
ngữ_âm_học	phonetics 1
ngữ_điêụ	intonation 1
ngữ_đoạn	syntagm 1
ngự	royal 1
ngự_môn	mikado 1
ngự_sử	adviser 0.5	royal 0.5
ngự_y	physician 0.5	royal 0.5
ngực	borom 0.2	breast 0.2	chest 0.4	thoracic 0.2
nha	bureau 0.5	service 0.5
nha_dịch	attendant 0.5	yamen's 0.5
nha_khoa	dentistry 1
nha_laị	clerkdom 0.25	clerks 0.25	yamen's 0.5
nha_môn	yamen 1
nha_phiến	opium 1
nha_sĩ	dental 0.25	dentist 0.5	surgeon 0.25
nhai	chew 0.3333	masticate 0.3333	ruminate 0.3333
nhai_laị	chew 0.25	cud 0.25	ruminate 0.5
nhai_nhaỉ	lengthy 0.5	too 0.5
nham_hiểm	wicked 1
nham_nhở	rough 0.5	variegated 0.5
nham_thạch	rock 1
nhan_nhản	abound 1
nhan_sắc	beauty 1
nhang	incense 1
nhang_muôĩ	coil 0.5	mosquito 0.5
nhanh	fast 0.3333	quick 0.3333	quickly 0.1667	rapid 0.1667
nhanh_chóng	prompt 0.2	promptly 0.2	quick 0.2	quickly 0.2	swiftly 0.2
nhanh_gọn	businesslike 1
nhanh_lên	go 0.1667	hurry 0.5	let's 0.1667	up 0.1667
nhanh_lẹ	prompt 0.5	quick 0.5
nhanh_mắt	eyed 0.5	quick 0.25	sharp 0.25
nhanh_nhaủ	active 0.25	agile 0.25	prompt 0.25	vivacious 0.25
nhanh_nhaỵ	promt 0.5	sensible 0.5
nhanh_nhẹ	nimble 0.5	prompt 0.5
nhanh_nhẹn	agile 0.3333	light 0.3333	nimble 0.3333
nhanh_trí	bright 0.5	minded 0.25	quick 0.25
nhao	stir 0.5	uproarious 0.5
nhau	company 0.3333	placenta 0.5	together 0.1667
nhau_nhaủ	coarse 0.5	vulgar 0.5
nhay	nibble 1
nhaì	jasmine 0.5	jessamine 0.25	maid 0.25
nhaì_quạt	leucoma 0.5	leukoma 0.5
nhaí	frog 0.3333	imitate 0.3333	mimic 0.3333
nhaò	fall 0.25	headlong 0.25	knead 0.5
nhaò_lặn	dive 1
nhaò_lộn	loops 0.5	somersaults 0.5
nhaó	here 0.3333	scurry 0.3333	there 0.3333
nhaó_nhaò	mix 0.5	up 0.5
nhaõ_nhaọ	pasty 1
nhaù	creasy 0.3333	rumpled 0.3333	tumbled 0.3333
nhaý	blink 0.5	wink 0.5
nhaý_mắt	twinkle 0.3333	twinkling 0.3333	wink 0.3333
nhaý_nhaý	called 0.3333	commas 0.08333	inversed 0.08333	marks 0.08333	quotations 0.08333	quote 0.08333	quotes 0.1667	unquote 0.08333
nhaĩ	imp 1
nhaị	ape 0.3333	imiate 0.3333	mimic 0.3333
nhaọ	jeer 0.3333	laugh 0.3333	mock 0.3333
nhaọ_báng	ridicule 0.5	sneer 0.5
nhaỵ	prompt 0.3333	quick 0.3333	sensitive 0.3333
nhaỵ_bén	flair 1
nhaỵ_cảm	discerning 0.25	highly 0.25	very 0.5
nhaỵ_miệng	quick 0.5	tongue 0.5
nhaỷ	dance 0.6667	leap 0.3333
nhaỷ_bổ	headlong 0.5	rush 0.5
nhaỷ_cao	high 0.5	jump 0.5
nhaỷ_cóc	skip 1
nhaỷ_cưù	frog 0.5	leap 0.5
nhaỷ_cẫng	joy 0.5	lead 0.5
nhaỷ_dây	skip 1
nhaỷ_dù	drop 0.25	parachute 0.75
nhaỷ_mui	sneeze 1
nhaỷ_muá	dances 0.5	perform 0.5
nhaỷ_muĩ	sneeze 1
nhaỷ_nhót	joy 0.5	jump 0.5
nhaỷ_raò	hurdle 0.5	race 0.5
nhaỷ_saò	pole 0.5	vault 0.5
nhaỷ_tót	jump 0.5	nimbly 0.5
nhaỷ_vọt	leap 1
nhaỷ_xa	jump 0.5	long 0.5
nhaỷ_xổ	bounce 1
nhaỷ_ô	hopscotch 1
nhaỷ_đầm	dance 1
nhaỷ_ổ	nests 0.5	visit 0.5
nhe	bare 0.5	show 0.5
nhem_nhuá	soiled 0.5	sullied 0.5
nhem_nhuốc	all 0.3333	over 0.3333	smeared 0.3333
nhem_nhép	slimy 0.5	sticky 0.5
nhen	kindle 0.5	light 0.5
nheo	close 0.5	slightly 0.5
nheo_nheó	call 0.3333	insistently 0.3333	stridently 0.3333
nheo_nheỏ	glibly 0.5	prattle 0.5
nheo_nhóc	neglected 0.5	uncared 0.5
nheó_nheọ	weakly 0.5	whimpering 0.5
nheõ	flabby 0.5	flaccid 0.5
nhi	khoa 0.5	nhi 0.5
nhi_khoa	paediatrics 1
nhi_nhí	lligibly 0.3333	uninter 0.3333	whisper 0.3333
nhi_nữ	sex 0.5	weaker 0.5
nhi_đồng	child 0.5	young 0.5
nhiên_hâụ	then 1
nhiên_liêụ	combustible 0.25	firing 0.25	fuel 0.5
nhiêt_tình	ardour 0.5	enthusiasm 0.5
nhiêt_động_học	thermodynamics 1
nhiêu	corvees 0.4167	exempt 0.1667	exemption 0.25	person 0.1667
nhiêu_khê	complex 0.5	complicated 0.5
nhiêù	abundant 0.1111	deal 0.05556	great 0.05556	lot 0.1111	many 0.2222	much 0.1111	numerous 0.2222	several 0.1111
nhiêù_chân	myriadod 1
nhiêù_hơn	more 1
nhiêù_kem	light 1
nhiêù_lơì	garrulous 0.5	loquacious 0.5
nhiêù_sưã	light 1
nhiêù_tiền	rich 0.5	wealthy 0.5
nhiêũ	crepe 0.25	jam 0.25	pester 0.25	trouble 0.25
nhiêũ_nhương	trouble 1
nhiêũ_xạ	diffract 1
nhiú	knit 0.5	stitch 0.25	summarily 0.25
nhiếc	ironical 0.5	remarks 0.5
nhiếp_chính	act 0.5	regent 0.5
nhiếp_hộ_tuyến	prostate 1
nhiếp_ảnh	photograph 1
nhiểm_sắc_thể	chromosome 1
nhiễm	acquire 0.3333	catch 0.3333	contract 0.3333
nhiễm_bẩn	polluted 1
nhiễm_bệnh	contrac 0.5	disease 0.5
nhiễm_bịnh	catch 0.5	disease 0.5
nhiễm_khuẩn	infected 1
nhiễm_sắc	chromatism 1
nhiễm_sắc_thể	chromosome 1
nhiễm_trùng	infected 1
nhiễm_từ	magnetize 1
nhiễm_xạ	affected 0.5	radioactivity 0.5
nhiễm_điện	electrize 1
nhiễm_độc	affected 0.25	intoxicated 0.5	toxicosis 0.25
nhiệm_kỳ	office 0.25	tenure 0.375	term 0.375
nhiệm_mâù	marvellous 1
nhiệm_sở	office 0.5	seat 0.5
nhiệm_vụ	duty 0.25	mission 0.375	task 0.25	tasks 0.125
nhiệt	heat 1
nhiệt_biêủ	thermometer 1
nhiệt_dung	capacity 0.5	thermal 0.5
nhiệt_giai	scale 0.5	temperature 0.5
nhiệt_hoá_học	thremochemistry 1
nhiệt_huyết	enthusiansm 0.5	zeal 0.5
nhiệt_hạch	thermonuclear 1
nhiệt_học	thremology 1
nhiệt_kế	thermometer 0.5	thremometer 0.5
nhiệt_liệt	vehement 0.25	vleanic 0.25	warmly 0.25	wild 0.25
nhiệt_luyện	thremal 0.5	treatment 0.5
nhiệt_lượng	calorie 0.5	calory 0.5
nhiệt_lượng_kế	calorimeter 1
nhiệt_năng	calorific 0.5	energy 0.5
nhiệt_phân	pyrolysis 0.5	thremolysis 0.5
nhiệt_quyển	thremosphere 1
nhiệt_thành	fervent 1
nhiệt_tâm	zeal 1
nhiệt_đơí	tropic 0.5	zone 0.5
nhiệt_đơí_hoá	tropicalize 1
nhiệt_độ	degree 0.1667	heat 0.1667	temperature 0.6667
nhiệt_độ_cơ_thể	body 0.5	temperature 0.5
nhiệt_động_học	thermodynamics 1
nhiệt_động_lực_học	thermodynamics 1
nho	grape 0.5	grapes 0.5
nho_gia	confucian 0.5	confucianist 0.5
nho_giaó	confucianism 0.5	confuciannism 0.5
nho_học	confucianism 1
nho_khô	raisin 1
nho_laị	clerk 1
nho_lâm	circles 0.25	confucian 0.25	confucianist 0.25	scholardom 0.25
nho_nhã	cultured 0.3333	elegant 0.3333	refined 0.3333
nho_nhỏ	little 0.25	somewhat 0.25	tinyish 0.5
nho_phong	confucian 0.3333	manners 0.3333	scholar's 0.3333
nho_sinh	student 1
nho_sĩ	confucian 0.5	scholar 0.5
nhoai	come 0.3333	strive 0.3333	up 0.3333
nhoaì	dead 0.25	exhaustion 0.25	faint 0.25	tired 0.25
nhoe_nhoét	messily 0.25	messy 0.5	pulpy 0.25
nhoi	emerge 1
nhom	lath 0.25	like 0.5	water 0.25
nhom_nhem	smattering 1
nhon_nhen	peck 1
nhon_nhỏn	footed 0.5	kight 0.5
nhong_nhong	tintinnabulation 1
nhong_nhóng	long 0.3333	tiptoe 0.3333	wait 0.3333
nhoà	dimmed 0.3333	fade 0.3333	obscured 0.3333
nhoáng	flash 1
nhoè	blur 1
nhoí	feeling 0.3333	pain 0.3333	stinging 0.3333
nhu	flexible 0.5	pliant 0.5
nhu_câù	demand 0.4	need 0.2	requirement 0.2	want 0.2
nhu_mì	gentle 0.3333	humble 0.3333	modest 0.3333
nhu_nhược	faint 0.3333	feeble 0.3333	weak 0.3333
nhu_phí	costs 1
nhu_thuật	jitsu 0.3333	jiu 0.1667	ju 0.1667	jujitsu 0.3333
nhu_yêú	necessary 0.5	necessity 0.25	prime 0.25
nhu_yêú_phẩm	necessaries 0.5	necessities 0.5
nhu_đaọ	judo 1
nhu_động	peristaltic 1
nhui	push 1
nhung	antler 0.1667	velvet 0.6667	young 0.1667
nhung_kẻ	corduroy 1
nhung_nhăng	bustle 0.5	ineffciently 0.5
nhung_phục	combat 0.5	uniform 0.5
nhung_vaỉ	velveteen 1
nhuyễn	kneaded 0.25	smooth 0.25	soft 0.25	well 0.25
nhuận_tràng	aperient 0.5	laxative 0.5
nhuận_trường	aperient 0.5	laxative 0.5
nhuế_nhoá	halves 0.5	perfunctorily 0.5
nhuệ_binh	men 0.3333	trained 0.3333	well 0.3333
nhuệ_khí	ardent 0.5	zealous 0.5
nhuỉ	creep 0.2	fish 0.06667	grout 0.2	net 0.1667	rake 0.1667	remove 0.1	snout 0.1
nhuốc	discrediting 0.5	sullying 0.5
nhuốm	tint 1
nhuốm_bệnh	begin 0.3333	catch 0.3333	disease 0.3333
nhuộm	dye 1
nhuộm_xanh	blue 0.5	green 0.5
nhuỵ	pistil 1
nhà	abode 0.1429	domicile 0.1429	home 0.2857	house 0.2857	spouse 0.1429
nhà_baó	journalist 0.5	newpaperman 0.25	newsman 0.25
nhà_baỏ_sanh	hospital 0.5	maternity 0.5
nhà_baỏ_tàng	museum 1
nhà_binh	military 1
nhà_biên_kịch	screenwriter 1
nhà_buôn	businessman 0.5	trader 0.5
nhà_bác_học	scientist 1
nhà_bè	floating 0.25	house 0.25	houseboat 0.5
nhà_băng	bank 1
nhà_bạt	canvas 0.5	tent 0.5
nhà_bếp	kitchen 1
nhà_caí	banker 1
nhà_chung	catholic 0.5	clergy 0.5
nhà_chuà	buddhist 0.5	clergy 0.25	monk 0.25
nhà_chính_trị	politician 1
nhà_chính_trị_học	political 0.5	scientist 0.5
nhà_chưá	brothel 1
nhà_chọc_trơì	skyscraper 1
nhà_chồng	family 0.5	husband's 0.5
nhà_chức_trách	authorities 1
nhà_cách_mạng	revolutionary 1
nhà_câù	corridor 0.25	gallery 0.5	roofed 0.25
nhà_cưả	dwelling 0.3333	home 0.3333	house 0.3333
nhà_dân_chủ	democrat 1
nhà_dây_thép	office 0.5	post 0.5
nhà_dòng	order 0.5	religious 0.5
nhà_dươí	quarters 0.5	servants 0.5
nhà_ga	railway 0.3333	station 0.6667
nhà_ga_hành_khách	railway 0.5	station 0.5
nhà_gaí	bride's 0.5	family 0.25	guest 0.25
nhà_giam	detention 0.5	place 0.25	prison 0.25
nhà_giaó	master 0.25	school 0.25	teacher 0.5
nhà_giaù	family 0.25	rich 0.5	weathly 0.25
nhà_giả_kim	alchemist 1
nhà_gá	gambling 0.3333	house 0.3333	owner 0.3333
nhà_hàng	hotel 0.3333	restaurant 0.6667
nhà_hán	han 1
nhà_hán_học	sinologist 1
nhà_hát	playhouse 0.3333	theater 0.3333	theatre 0.3333
nhà_hâụ_lê	military 0.5	political 0.5
nhà_hộ_sinh	hospital 0.5	maternity 0.5
nhà_in	house 0.5	printing 0.5
nhà_kho	storehouse 0.5	warehoouse 0.5
nhà_khoa_học	scientist 1
nhà_khách	guest 0.25	guesthouse 0.5	house 0.25
nhà_kính	glasshouse 0.5	greenhouse 0.5
nhà_kỹ_thuật	technician 1
nhà_lãnh_đaọ	leader 1
nhà_lí_luận	theorician 1
nhà_lưu_động	trailer 1
nhà_maý	factory 0.6667	plant 0.3333
nhà_maý_điện	power 0.5	station 0.5
nhà_mô_phạm	teacher 1
nhà_mồ	sepulchre 1
nhà_ngang	annex 0.5	wing 0.5
nhà_ngheò	family 0.25	poor 0.75
nhà_nghề	player 0.5	professional 0.5
nhà_ngoaì	outbuilding 1
nhà_ngoaị_giao	diplomat 1
nhà_ngươi	thee 0.5	thou 0.5
nhà_ngủ	dormitory 1
nhà_nhiếp_ảnh	photographer 1
nhà_nho	confician 0.5	scholar 0.5
nhà_noì	blood 0.25	blue 0.25	crack 0.5
nhà_nông	agriculturist 0.3333	farmer 0.6667
nhà_nước	state 1
nhà_nước_do_thaí	israel 0.5	state 0.5
nhà_nước_israel	israel 0.5	state 0.5
nhà_quê	country 0.375	native 0.25	people 0.125	place 0.125	village 0.125
nhà_riêng	house 0.5	private 0.5
nhà_rông	communal 0.5	house 0.5
nhà_rạp	canvas 0.5	tent 0.5
nhà_soạn_nhạc	composer 1
nhà_sàn	house 0.5	stilts 0.5
nhà_sâý	dryer 0.5	drying 0.25	house 0.25
nhà_sư	bonze 1
nhà_tang	bereave 0.5	family 0.5
nhà_thiên_văn_học	astronomer 1
nhà_thiết_kế	designer 1
nhà_thâù	contractor 0.5	contractors 0.5
nhà_thơ	poet 1
nhà_thương	hospital 1
nhà_thần_luận	deist 1
nhà_thổ	bawdy 0.1667	brothel 0.6667	house 0.1667
nhà_thờ	cathedral 0.3333	church 0.6667
nhà_thờ_hôì_giaó	mosque 1
nhà_thờ_tu_viện	abbey 1
nhà_tiên_tri	prophet 1
nhà_tiêu	latrine 1
nhà_trai	bridegroom's 0.5	family 0.25	guest 0.25
nhà_triêụ_phú	millionaire 1
nhà_trên	building 0.5	main 0.5
nhà_trơì	celestial 0.25	heaven 0.1667	man 0.4167	sent 0.1667
nhà_trường	board 0.1667	managers 0.1667	school 0.6667
nhà_trắng	house 0.5	white 0.5
nhà_trẻ	baby 0.1111	creche 0.3333	farming 0.1111	house 0.1111	kindergarten 0.3333
nhà_trọ	boarding 0.25	house 0.5	lodging 0.25
nhà_tu	abbey 0.5	monastery 0.5
nhà_tu_kín	convent 1
nhà_táng	catafalque 1
nhà_tâm_lý_học	psychologist 1
nhà_tây	europea 0.3333	house 0.3333	styled 0.3333
nhà_tình_nghiã	affestion 0.5	house 0.5
nhà_tôi	huaband 0.25	man 0.125	old 0.25	wife 0.25	woman 0.125
nhà_tông	blood 0.25	blue 0.25	family 0.25	good 0.25
nhà_tù	gaol 0.5	jail 0.5
nhà_tư	house 0.5	private 0.5
nhà_tư_tưởng	thinker 1
nhà_tắm	bathroom 1
nhà_tắm_nắng	solarium 1
nhà_tỉ_phú	billionaire 1
nhà_vua	king 1
nhà_văn	writer 1
nhà_văn_hoá	culture 0.5	house 0.5
nhà_vệ_sinh	toilet 1
nhà_vợ	family 0.5	wife's 0.5
nhà_xe	garage 1
nhà_xuất_bản	house 0.3333	publisher 0.3333	publishing 0.3333
nhà_xác	morgue 0.5	mortuary 0.5
nhà_ăn	cafeteria 0.25	dining 0.125	refectory 0.25	restaurant 0.25	room 0.125
nhà_đaọ_diễn	director 0.5	film 0.5
nhà_điêu_khắc	sculptor 1
nhà_đoan	customs 0.5	office 0.5
nhà_đá	gaol 0.3333	jail 0.3333	prison 0.3333
nhà_đám	bereaved 0.25	bursial 0.1667	busy 0.1667	family 0.4167
nhà_đâù_tư	investor 0.5	investors 0.5
nhà_đèn	house 0.1667	power 0.3333	station 0.1667	urban 0.3333
nhà_đương_cục	authorities 1
nhà_để_ô_tô	garage 1
nhà_ổ_chuột	slum 1
nhà_ở	dwelling 0.25	home 0.25	house 0.25	housing 0.25
nhà_ở_xã_hôị	housing 0.5	social 0.5
nhàm	boring 0.5	trite 0.5
nhàn	free 0.3333	idle 0.3333	leisure 0.3333
nhàn_du	along 0.25	loiter 0.5	saunter 0.25
nhàn_hạ	free 0.5	leisured 0.5
nhàn_lãm	leisure 0.5	look 0.5
nhàn_nhã	easy 0.3333	free 0.3333	unoccupied 0.3333
nhàn_rôĩ	free 0.3333	idle 0.3333	leisured 0.3333
nhàn_tản	go 0.1667	leisurely 0.4167	stroll 0.25	walk 0.1667
nhàn_đàm	chat 0.5	idle 0.25	talks 0.25
nhàng_nhàng	fat 0.25	slim 0.5	thin 0.25
nhá	carefully 0.1667	chew 0.1667	eat 0.3333	gnaw 0.3333
nhá_nhem	dusk 1
nhác	lazy 0.5	slothful 0.5
nhách	leathery 1
nhám	harsh 0.3333	rough 0.3333	rugged 0.3333
nhám_sì	rough 1
nháng	glossy 0.5	shiny 0.5
nhánh	bough 0.25	branch 0.5	limb 0.25
nháp	draft 0.5	rough 0.5
nhát	cut 0.1667	faint 0.1667	shy 0.1667	slash 0.1667	stab 0.1667	timid 0.1667
nhát_gan	chicken 0.25	hearted 0.5	weak 0.25
nhát_gaí	girls 0.5	shy 0.5
nhát_gừng	answers 0.3333	giveone 0.3333	word 0.3333
nhát_đòn	afraid 0.5	whipping 0.5
nhâm	heavenly 0.3333	night 0.3333	stem 0.3333
nhân	almond 0.125	cause 0.125	filling 0.125	kernel 0.125	man 0.125	mucleus 0.125	multiply 0.125	person 0.125
nhân_aí	compassionate 0.5	humane 0.5
nhân_bản	humanity 1
nhân_chủng	human 0.5	race 0.5
nhân_chứng	proof 0.5	witness 0.5
nhân_con	nucleolus 1
nhân_cách	personality 1
nhân_cách_hoá	personify 1
nhân_công	hand 0.5	manpower 0.5
nhân_công_worker	hand 1
nhân_danh	behalf 0.5	sake 0.5
nhân_duyên	affinity 0.25	marital 0.1667	predestined 0.4167	uniom 0.1667
nhân_dân	country 0.25	people 0.5	popular 0.25
nhân_dân_tệ	renminbi 1
nhân_dịp	occasion 1
nhân_giả	people 0.5	virtuous 0.5
nhân_giống	multiplication 1
nhân_hoà	among 0.1667	concord 0.4167	people 0.1667	uciversal 0.25
nhân_hoàn	eatch 0.5	world 0.5
nhân_huynh	brother 0.25	eldest 0.25	friend 0.5
nhân_hâụ	humane 0.5	upright 0.5
nhân_hình	anthropomorphous 1
nhân_khâủ	population 1
nhân_khâủ_học	demography 1
nhân_loaị	human 0.125	humanity 0.25	humankind 0.25	kind 0.125	mankind 0.25
nhân_loaị_học	anthropology 1
nhân_luân	ethics 0.25	human 0.5	morality 0.25
nhân_lực	manpower 1
nhân_mãn	overpopulation 1
nhân_mạng	human 0.5	life 0.5
nhân_ngaĩ	lover 0.3333	paramour 0.3333	sweetheart 0.3333
nhân_nghiã	benevolence 0.5	righteousness 0.5
nhân_ngôn	arsenolite 1
nhân_ngư	siren 1
nhân_phẩm	dignity 1
nhân_quyền	civil 0.125	human 0.375	right 0.125	rights 0.375
nhân_quả	cause 0.5	effect 0.5
nhân_quần	community 0.5	human 0.5
nhân_sinh	human 0.5	life 0.25	livelihood 0.25
nhân_sinh_quan	life 0.5	outlook 0.5
nhân_sâm	ginseng 1
nhân_sư	sphinx 1
nhân_taì	man 0.25	talent 0.5	talented 0.25
nhân_taọ	artificial 1
nhân_tiện	occasion 0.5	same 0.5
nhân_trung	philtrum 1
nhân_tâm	heart 0.5	man's 0.5
nhân_tính	humanity 1
nhân_tính_hoá	humanize 0.5	personify 0.5
nhân_tố	factor 1
nhân_từ	clement 1
nhân_viên	employee 0.2	member 0.2	people 0.2	personnel 0.2	staff 0.2
nhân_viên_bán_hàng	assistant 0.5	shop 0.5
nhân_viên_giao_hàng	deliveryman 1
nhân_viên_tính_tiền	cashier 1
nhân_vì	as 0.25	because 0.125	fact 0.125	reason 0.25	therefore 0.25
nhân_văn	civilization 0.25	culture 0.25	human 0.5
nhân_văn_chủ_nghiả	humanism 1
nhân_vật	character 0.3333	figure 0.3333	personality 0.3333
nhân_vị	interests 0.25	man's 0.5	sake 0.25
nhân_đaọ	humane 0.5	humanity 0.5
nhân_đức	humane 0.5	hunevolent 0.5
nhâng_nhaó	impertinent 0.5	insolent 0.5
nhâng_nhâng	brazen 0.25	faced 0.25	sameless 0.5
nhâu_nhâu	pack 0.5	rush 0.5
nhây	if 0.25	lengthy 0.5	saw 0.25
nhây_nhớt	all 0.3333	over 0.3333	snotty 0.3333
nhâụ	drink 0.5	wine 0.5
nhâụ_nhẹt	booze 1
nhâỳ	slimy 0.5	sticky 0.5
nhâỳ_nhuạ	slimy 0.5	slippery 0.25	slush 0.25
nhâỵ	moth 1
nhâỷ	cover 0.25	dance 0.25	jump 0.25	skip 0.25
nhâỹ	grease 0.5	shiny 0.5
nhã	courteous 0.5	elegant 0.5
nhã_giám	benevolence 0.5	examine 0.5
nhã_nhạc	cremmonial 0.3333	music 0.3333	songs 0.3333
nhã_nhặn	courteous 0.25	courtly 0.25	elegant 0.25	polite 0.25
nhã_ý	amiability 0.3333	idea 0.1667	thoughtful 0.1667	thoughtfulness 0.3333
nhãn	label 0.3333	longan 0.3333	trademark 0.3333
nhãn_câù	eyeball 1
nhãn_giơí	eye's 0.25	eyeshot 0.5	range 0.25
nhãn_hiêụ	mark 0.5	trade 0.5
nhãn_khoa	ophthalmology 1
nhãn_kính	glasses 1
nhãn_lực	eyesight 1
nhãn_quan	knowledge 0.25	range 0.25	view 0.5
nhãn_thức	taste 1
nhãn_tiền	before 0.25	eyes 0.25	front 0.5
nhãn_áp	eye 0.25	ocular 0.25	tensiobn 0.25	tension 0.25
nhãn_áp_kế	tomonetre 1
nhãng	forget 0.3333	let 0.1667	miss 0.3333	slip 0.1667
nhè	advantage 0.2	alim 0.2	snived 0.2	soakingly 0.2	use 0.2
nhèm	mucous 0.5	petty 0.5
nhé	eh 0.5	right 0.5
nhét	cram 0.25	pack 0.25	slip 0.25	stuff 0.25
nhênh_nhang	leisure 1
nhêú_nhaó	chew 0.5	roughly 0.5
nhêụ_nhaọ	flabby 0.5	flaccid 0.5
nhì_nheò	importune 1
nhì_nhằng	average 1
nhìn	look 1
nhìn_chung	whole 1
nhìn_nhó	after 0.5	look 0.5
nhìn_nhận	acknowledge 0.3333	admit 0.3333	recognize 0.3333
nhìn_nôỉ	stereoscopic 1
nhìn_thâú	seethrough 1
nhìn_thâý	see 0.5	sight 0.5
nhí	betty 0.5	little 0.5
nhí_nhaý	fidget 1
nhí_nheó	yell 1
nhí_nhoẻn	playfully 0.5	smile 0.5
nhí_nhảnh	joyful 0.5	playful 0.5
nhí_nhố	higgledy 0.25	piggledy 0.25	sevens 0.25	sixes 0.25
nhích	inch 1
nhím	hedgehog 0.3333	porcupine 0.6667
nhím_biển	sea 0.5	urchin 0.5
nhím_gai_châu_âu	european 0.5	hedgehog 0.5
nhín	lay 0.25	part 0.25	save 0.5
nhíp	extract 0.1667	tweezers 0.8333
nhòm	peep 1
nhòm_nhỏ	pry 1
nhòng	age 0.125	generation 0.25	group 0.125	lank 0.25	lanky 0.25
nhóc	brat 1
nhóm	collect 0.1667	gather 0.1667	group 0.1667	kindle 0.1667	light 0.1667	type 0.1667
nhóm_họp	convene 0.3333	gather 0.3333	meet 0.3333
nhóm_maú	blood 0.5	group 0.5
nhóm_mươì	decade 1
nhóm_trưởng	group 0.5	leader 0.5
nhóm_viên	group 0.5	member 0.5
nhón	pinch 0.5	tiptoe 0.5
nhóp_nhép	munching 0.5	noise 0.5
nhót	away 0.08333	oleaster 0.1667	out 0.08333	pinch 0.1667	slink 0.08333	slip 0.1667	steal 0.25
nhót_tây	loquat 1
nhô	just 0.1667	out 0.1667	project 0.3333	protrude 0.3333
nhôm	aluminium 0.6667	aluminum 0.3333
nhôm_nham	dirty 0.5	smeared 0.5
nhôn_nhao	agog 0.5	all 0.25	stir 0.25
nhôn_nhốt	acid 0.1667	somethat 0.1667	somewhat 0.1667	sour 0.1667	sourish 0.3333
nhông	agama 1
nhông_nhông	idly 0.25	loiter 0.5	wander 0.25
nhôì	cram 0.2	fill 0.2	line 0.2	overfeed 0.2	stuff 0.2
nhôì_bột	flour 0.5	knead 0.5
nhôì_maú	infact 0.5	infarct 0.5
nhôì_maú_cơ_tim	attack 0.5	heart 0.5
nhôì_nhét	cram 0.5	fill 0.5
nhôì_sọ	stuff 1
nhôị	bischofia 1
nhõn	left 0.5	only 0.5
nhùng_nhằng	dally 0.25	dilly 0.25	shally 0.25	shilly 0.25
nhú	begin 0.25	show 0.25	sprout 0.5
nhún	crouch 0.25	flex 0.125	legs 0.125	modest 0.25	shrug 0.25
nhún_nhường	humble 0.5	modest 0.5
nhún_vai	shoulders 0.5	shrug 0.5
nhúng	dip 0.25	immerse 0.25	soak 0.25	steep 0.25
nhúng_cheó	transclude 1
nhúng_maú	blood 0.5	stained 0.5
nhúng_tay	bear 0.25	hand 0.75
nhút_nhát	shy 0.5	timid 0.5
nhăm	five 1
nhăn	creasy 0.25	crumpled 0.25	furrowed 0.25	wrinkled 0.25
nhăn_mặt	face 0.3333	pull 0.3333	wry 0.3333
nhăn_nheo	up 0.5	wrinkled 0.5
nhăn_nhiú	creased 0.25	up 0.5	wrinkled 0.25
nhăn_nhó	wry 1
nhăn_nhúm	up 0.5	wrinkled 0.5
nhăn_nhở	grin 1
nhăn_răng	bare 0.25	show 0.25	teeth 0.5
nhăng	nonsensical 1
nhăng_nhít	halves 0.5	perfunctory 0.5
nhăng_nhẳng	insisten 1
nhĩ	ear 1
nhĩ_mục	ear 0.5	eye 0.5
nhũ_dịch	latex 1
nhũ_hương	frankincense 1
nhũ_mâũ	nurse 0.5	wet 0.5
nhũ_tương	emulsion 1
nhũn	courteous 0.25	modest 0.25	soft 0.5
nhũn_naõ	encephalomalacia 1
nhũn_nhặn	courteous 0.5	modest 0.5
nhũn_xương	osteomalacia 1
nhũng	harass 0.3333	trouble 0.3333	worry 0.3333
nhũng_lạm	bribe 0.5	harass 0.5
nhũng_nhiêũ	harass 0.5	pester 0.5
nhũng_nhẵng	hang 1
nhơ	dirty 0.5	filthy 0.5
nhơ_bẩn	dirty 0.25	filthy 0.5	unclean 0.25
nhơ_danh	name 0.25	smear 0.25	sully 0.5
nhơ_nhuốc	disgraceful 0.5	dishonoured 0.5
nhơ_nhớp	filthy 0.5	mucky 0.5
nhơ_đơì	shameful 1
nhơi	chew 0.5	cud 0.5
nhơn	brazen 0.3333	face 0.3333	put 0.3333
nhơì	word 1
nhơỉ	frolic 0.5	grambol 0.5
như	alike 0.25	as 0.25	like 0.5
như_ai	any 0.3333	like 0.3333	other 0.3333
như_chơi	child's 0.5	play 0.5
như_cũ	before 0.5	previously 0.5
như_hệt	like 0.3333	peas 0.3333	two 0.3333
như_không	happened 0.3333	if 0.3333	nothing 0.3333
như_là	if 1
như_nguyện	accordance 0.5	wishes 0.5
như_nhau	identical 0.5	same 0.5
như_quả	if 0.5	really 0.5
như_spacecraft	spaceship 1
như_thế	like 0.2	so 0.2	such 0.4	thus 0.2
như_thế_naò	how 1
như_thể	if 0.3333	like 0.3333	though 0.3333
như_trên	ditto 0.5	idem 0.5
như_tuồng	seems 1
như_vâỳ	like 1
như_vâỵ	like 0.5	so 0.5
như_ý	liking 1
nhưng	but 0.6667	yet 0.3333
nhưng_mà	but 1
nhưạ	asphalt 0.3333	gum 0.3333	resin 0.3333
nhưạ_két	gutta 0.5	percha 0.5
nhưạ_sống	energy 0.3333	sap 0.3333	vigour 0.3333
nhưạ_thuốc	nicotine 1
nhưạ_thông	pine 0.5	resin 0.5
nhường	denial 0.1111	denying 0.1667	self 0.2778	show 0.1111	yield 0.3333
nhường_bao	how 0.6667	many 0.1667	much 0.1667
nhường_bước	way 1
nhường_laị	cede 0.5	up 0.5
nhường_lơì	floor 1
nhường_naò	how 0.75	much 0.25
nhường_ngôi	abdicade 0.5	cede 0.25	throne 0.25
nhường_nhịn	concessions 1
nhường_âý	many 0.5	much 0.5
nhược	energy 0.08333	much 0.08333	spend 0.08333	tire 0.25	tired 0.25	weary 0.25
nhược_bằng	case 0.5	if 0.5
nhược_tiêủ	small 0.25	weak 0.75
nhược_điểm	point 0.5	weak 0.5
nhượng	cede 0.5	sell 0.5
nhượng_bộ	concessions 0.5	give 0.1667	in 0.1667	to 0.1667
nhượng_điạ	conceded 0.25	connession 0.5	territory 0.25
nhạc	music 1
nhạc_công	executant 0.5	professional 0.5
nhạc_cổ_điển	classical 0.5	music 0.5
nhạc_cụ	and 0.01923	another 0.01923	are 0.01923	blown 0.01282	clay 0.03846	crucial 0.01282	cultural 0.01282	ding 0.01282	end 0.01282	flute 0.05128	half 0.01923	hall 0.01923	highlanders 0.01282	huge 0.03846	instrument 0.03846	klong 0.01282	kouniak 0.03846	krak 0.01282	leather 0.03846	let 0.01923	lieng 0.01282	life 0.01282	lute 0.07051	monocord 0.03846	moon 0.01282	musical 0.03846	ndut 0.01282	nevertheless 0.03846	note 0.03846	others 0.01282	pa 0.01282	pi 0.01923	put 0.01282	shaped 0.01282	third 0.01923	touched 0.03846	trumpet 0.01923	type 0.03846	vietnamese 0.01923	village 0.01923	wood 0.03846
nhạc_gia	laws 0.5	parents 0.25	wife'c 0.25
nhạc_jazz	jazz 1
nhạc_khúc	air 0.5	music 0.25	pice 0.25
nhạc_kịch	opera 1
nhạc_mâũ	law 0.25	mother 0.5	wife's 0.25
nhạc_nhẹ	light 0.5	misic 0.5
nhạc_rock	music 0.5	rock 0.5
nhạc_sĩ	musician 1
nhạc_trưởng	conductor 1
nhạn	goose 0.5	wild 0.5
nhạt	insipid 0.3333	light 0.3333	salted 0.3333
nhạt_nheõ	cool 0.3333	insipid 0.3333	tasteless 0.3333
nhạt_thếch	extremely 0.25	insipid 0.25	unsavoury 0.5
nhả	any 0.05556	come 0.08333	cough 0.08333	discharges 0.1667	familiar 0.08333	longer 0.05556	out 0.1667	spit 0.08333	stick 0.05556	too 0.08333	unstuck 0.08333
nhả_nhớt	familiar 0.5	too 0.5
nhảm	unfounded 1
nhảm_nhí	untruthful 1
nhảnh	faint 0.25	paintly 0.25	smile 0.5
nhấm	gnaw 1
nhấm_nhaý	wink 1
nhấm_nhẳng	blow 0.1667	cold 0.1667	hot 0.1667	shuffle 0.5
nhấn	press 0.5	touch 0.5
nhấn_chuột	click 1
nhấn_mạnh	emphasize 0.3333	press 0.1667	stress 0.3333	underline 0.1667
nhấn_vaò	click 1
nhấp_chuột	click 1
nhấp_chuột_vaò	click 1
nhấp_giọng	sip 1
nhấp_nhaý	blink 0.3333	flicker 0.3333	wink 0.3333
nhấp_nhem	intermittent 0.5	weak 0.5
nhấp_nhổm	anxious 0.5	tenterhooks 0.5
nhấp_vaò	click 1
nhất	est 0.3333	most 0.3333	one 0.3333
nhất_giáp	first 0.5	grade 0.5
nhất_hạng	superlatively 1
nhất_loạt	all 0.75	sundry 0.25
nhất_luật	all 0.5	sundry 0.5
nhất_là	especially 0.3333	first 0.3333	foremost 0.1667	place 0.1667
nhất_lãm	glance 1
nhất_mực	persistently 0.5	steadfastly 0.5
nhất_nguyên	monogenetic 1
nhất_nguyên_luận	monism 1
nhất_quyết	determined 0.5	resolute 0.5
nhất_quán	consistant 1
nhất_sinh	all 0.5	life 0.5
nhất_thiết	absolutely 0.25	imperative 0.5	necessary 0.25
nhất_thơì	temporarily 0.5	transiently 0.5
nhất_thần_giaó	monotheism 1
nhất_thống	bring 0.1667	together 0.1667	unify 0.5	whole 0.1667
nhất_trí	chorus 0.5	unanimous 0.5
nhất_tâm	mind 0.5	unanimous 0.5
nhất_tề	man 1
nhất_viện_chế	monocameralism 1
nhất_đán	day 0.5	suddenly 0.5
nhất_đẳng	class 0.1667	first 0.5	grade 0.1667	rate 0.1667
nhất_định	decide 0.3333	determine 0.3333	set 0.3333
nhầm_lẫn	mistake 1
nhần_nhận	somewhat 1
nhẩm	breath 0.06667	memorize 0.1	pocket 0.2	revise 0.1	say 0.06667	silently 0.1	try 0.1	under 0.06667	whisper 0.2
nhẫn	bitter 0.25	ring 0.5	slightly 0.25
nhẫn_naị	endure 0.5	patient 0.5
nhẫn_nhục	all 0.1111	bitter 0.1111	eat 0.1667	endure 0.1111	indignities 0.1111	leek 0.1667	pill 0.1111	swallow 0.1111
nhẫn_thuật	ninjutsu 1
nhẫn_tâm	cruel 0.3333	heartless 0.3333	merciless 0.3333
nhậm_chức	appoinment 0.5	up 0.5
nhận	accept 0.2222	acquiesce 0.1111	agree 0.1111	get 0.1667	name 0.1111	receive 0.2222	to 0.05556
nhận_biết	identify 0.3333	realize 0.3333	recognize 0.3333
nhận_chân	plainly 0.5	realize 0.5
nhận_chìm	dip 0.5	sink 0.5
nhận_cảm	receptor 1
nhận_diện	identify 1
nhận_làm_con_nuôi	adopt 1
nhận_lơì	accept 0.5	agree 0.5
nhận_mặt	identify 1
nhận_ra	realize 0.5	recognize 0.5
nhận_thâý	realize 0.5	understand 0.5
nhận_thức	conceive 0.3333	know 0.3333	recognize 0.3333
nhận_thức_luận	certify 1
nhận_tôị	acknowledge 0.25	admit 0.25	fault 0.25	sin 0.25
nhận_việc	job 0.5	up 0.5
nhận_xét	comment 0.5	judge 0.5
nhận_được	get 1
nhận_định	judge 1
nhập	add 0.1429	bring 0.1429	import 0.1429	join 0.1429	key 0.1429	put 0.1429	receive 0.1429
nhập_cuộc	insider 0.5	part 0.5
nhập_cư	immigrate 1
nhập_cảng	import 1
nhập_cảnh	country 0.1667	enter 0.1667	entrance 0.3333	entry 0.3333
nhập_cục	join 0.3333	merge 0.3333	run 0.1667	together 0.1667
nhập_hôị	admited 0.5	association 0.5
nhập_học	begin 0.3333	school 0.3333	term 0.3333
nhập_khâủ	import 0.75	imports 0.25
nhập_môn	initiate 0.5	introductory 0.25	section 0.25
nhập_ngũ	army 0.25	enlist 0.5	join 0.25
nhập_nhoạng	duck 0.5	twilight 0.5
nhập_nhèm	dim 0.5	dusky 0.5
nhập_nhằng	ambiguous 0.25	case 0.25	confusion 0.25	show 0.25
nhập_nôị	acclimatize 0.3333	introduce 0.3333	naturalize 0.3333
nhập_quan	coffin 0.25	lay 0.5	out 0.25
nhập_quốc_tịch	become 0.25	naturalize 0.5	naturalized 0.25
nhập_quỹ	encash 1
nhập_siêu	deficit 0.5	trade 0.5
nhật	japanese 0.5	nippo 0.5
nhật_baó	daily 0.6667	newspaper 0.1667	paper 0.1667
nhật_bản	japan 1
nhật_dụng	everyday 0.5	necessary 0.5
nhật_hoàng	mikado 1
nhật_hoá	japanification 1
nhật_ký	diary 0.5	journal 0.5
nhật_ký_web	blog 1
nhật_lệnh	day 0.5	order 0.5
nhật_nguyệt	moon 0.5	sun 0.5
nhật_quỳ	sunflower 1
nhật_thực	eclipse 0.5	solar 0.5
nhật_trình	daily 1
nhật_tụng	daily 1
nhật_xạ	radiation 0.5	solar 0.5
nhắc	devil 0.08333	displace 0.1667	lift 0.1667	raise 0.1667	recall 0.1667	remind 0.1667	talk 0.08333
nhắc_laị	evoke 0.25	recall 0.25	repeat 0.5
nhắc_nhỏm	frequently 0.1667	often 0.1667	recall 0.1667	remind 0.1667	repeatedly 0.1667	speak 0.1667
nhắc_nhở	attention 0.1667	call 0.1667	remind 0.6667
nhắc_nhủ	admonish 0.5	remind 0.5
nhắc_vở	prompt 1
nhắm	aim 0.25	close 0.25	shut 0.25	train 0.25
nhắm_chừng	perhaps 1
nhắm_hướng	orientate 1
nhắm_mắt	close 0.5	eyes 0.5
nhắm_nghiền	close 0.5	tightly 0.5
nhắm_nhe	advance 0.25	aim 0.1667	choose 0.25	several 0.1667	times 0.1667
nhắn	message 0.25	send 0.5	word 0.25
nhắn_nhủ	advise 0.25	gently 0.25	recommendations 0.5
nhắng	domineering 0.5	fuss 0.5
nhắng_nhít	domineeringly 0.5	fuss 0.5
nhắp	move 0.25	sip 0.5	slightly 0.25
nhắp_mắt	sleep 0.5	wink 0.5
nhắt	small 0.5	tiny 0.5
nhằm	fall 1
nhằm_lúc	instant 0.25	moment 0.5	right 0.25
nhằm_nhè	it 0.25	make 0.25	succeed 0.5
nhằn	done 0.3333	eat 0.1111	fron 0.1111	realise 0.3333	teeth 0.1111
nhằng	entangle 0.25	nonsensical 0.25	ravelled 0.25	tangled 0.25
nhằng_nhẵng	drag 0.1667	hang 0.5	indefinitely 0.1667	out 0.1667
nhằng_nhịt	like 0.5	maze 0.5
nhẳn	intermittent 1
nhẳng	frail 0.25	slender 0.5	thin 0.25
nhẵn	clean 0.25	even 0.25	familiar 0.25	smooth 0.25
nhẵn_bóng	glossy 0.5	shiny 0.25	smooth 0.25
nhẵn_mặt	notorious 1
nhẵn_nhuị	glabrous 1
nhẵn_thín	clean 0.5	smooth 0.5
nhặm	irritate 0.3333	nimble 0.3333	quick 0.3333
nhặm_lẹ	prompt 1
nhặt	fast 0.25	gather 0.25	pick 0.125	quick 0.25	up 0.125
nhặt_nhạnh	away 0.25	clear 0.5	up 0.25
nhẹ	light 0.6667	soft 0.3333
nhẹ_bước	gingerly 0.25	lightly 0.25	tread 0.25	walk 0.25
nhẹ_bỗng	feather 0.5	light 0.5
nhẹ_dạ	credulous 0.3333	decived 0.1667	easily 0.1667	gullible 0.3333
nhẹ_lơì	mild 0.25	soft 0.25	spoken 0.5
nhẹ_miệng	speak 0.5	throughtlessly 0.5
nhẹ_mình	mind 0.5	peace 0.5
nhẹ_nhàng	gentle 0.2	light 0.4	mild 0.2	soft 0.2
nhẹ_nhõm	elegantly 0.25	light 0.5	slender 0.25
nhẹ_tay	care 0.25	gloves 0.1667	handle 0.4167	kid 0.1667
nhẹ_tênh	excessively 0.5	light 0.5
nhẹ_tình	feeling 0.5	light 0.5
nhẹm	secret 1
nhẹn	nimble 0.5	prompt 0.5
nhẻ_nhoí	fun 0.5	sport 0.5
nhể	extract 0.3333	huh 0.3333	out 0.1667	winkle 0.1667
nhện	spider 1
nhỉ	doesn't 0.2	don't 0.1	eh 0.2	huh 0.2	inn't 0.2	think 0.1
nhỉnh	better 0.5	bigger 0.5
nhị_caí	pistil 1
nhị_diện	dihedral 1
nhị_giáp	grade 0.5	second 0.5
nhị_nguyên	dualistic 1
nhị_nguyên_luận	dualism 1
nhị_phân	binary 1
nhị_trùng_âm	diphthong 1
nhị_tâm	dealing 0.25	double 0.5	faced 0.25
nhị_viện_chế	bicameralism 1
nhị_đực	stamen 1
nhịn	abnegate 0.25	endure 0.25	go 0.125	suppress 0.25	without 0.125
nhịn_nhục	digest 0.5	insult 0.5
nhịn_ăn	diet 0.5	fasting 0.5
nhịn_đoí	abstain 0.5	food 0.5
nhịp	cadence 0.1667	drum 0.1667	measure 0.1667	rhythm 0.1667	span 0.1667	time 0.1667
nhịp_nhàng	balanced 0.125	harmonious 0.25	harmony 0.25	rythmic 0.25	well 0.125
nhịp_điêụ	rhythm 1
nhịp_độ	rate 0.5	speed 0.5
nhọ	smeared 0.1667	soot 0.5	sooty 0.3333
nhọ_nôì	soot 1
nhọc	tire 0.5	tiring 0.5
nhọc_lòng	anxious 0.5	worry 0.5
nhọc_nhằn	fatigued 0.5	tired 0.5
nhọc_óc	mind 0.5	tire 0.5
nhọn	acute 0.3333	pointed 0.3333	sharp 0.3333
nhọn_hoắt	pointed 0.5	sharp 0.5
nhọt	boil 1
nhỏ	little 0.3333	petty 0.1667	small 0.3333	young 0.1667
nhỏ_bé	diminutive 0.5	small 0.5
nhỏ_con	small 0.5	stature 0.5
nhỏ_daĩ	mouth 0.5	watering 0.5
nhỏ_daị	too 0.5	young 0.5
nhỏ_giọt	drop 0.5	drops 0.5
nhỏ_hẹp	narrow 1
nhỏ_lưả	fire 0.5	low 0.5
nhỏ_mọn	humble 0.25	maen 0.25	mean 0.125	mindled 0.125	negligible 0.25
nhỏ_ngươì	little 0.25	pretty 0.25	slender 0.5
nhỏ_nhen	mean 1
nhỏ_nhoi	humble 0.3333	little 0.3333	small 0.3333
nhỏ_nhắn	small 1
nhỏ_nhặt	mean 0.3333	trifling 0.3333	trivial 0.3333
nhỏ_nhẹ	gently 0.3333	mild 0.3333	soft 0.3333
nhỏ_nhẻ	shy 0.5	timorous 0.5
nhỏ_to	coo 1
nhỏ_tuôỉ	age 0.3333	still 0.3333	young 0.3333
nhỏ_tí	small 0.5	tiny 0.5
nhỏ_xiú	diminutive 0.6667	small 0.3333
nhỏ_yêú	small 0.5	weak 0.5
nhỏm	sit 0.3333	suddenly 0.3333	up 0.3333
nhỏm_nhẻm	munch 0.5	slowly 0.5
nhỏng_nhảnh	behave 0.1667	flirtatious 0.4167	manner 0.4167
nhốm	aluminium 1
nhốn_nhaó	helter 0.25	pandemonium 0.5	skelter 0.25
nhốt	confine 0.3333	impound 0.3333	shut 0.1667	up 0.1667
nhồng	rackle 1
nhổ	eradicate 0.1667	extract 0.1667	out 0.08333	pull 0.1667	spit 0.3333	up 0.08333
nhổ_cỏ	pluck 0.3333	up 0.3333	weeds 0.3333
nhổ_neo	anchor 0.5	weigh 0.5
nhổ_răng	draw 0.25	out 0.25	tooth 0.5
nhổ_saò	unmoor 1
nhổ_traị	camp 0.5	strike 0.5
nhộn	bustle 0.5	disturbed 0.5
nhộn_nhaọ	alarmed 0.3333	feel 0.1667	stir 0.3333	upset 0.1667
nhộn_nhàng	bustling 1
nhộn_nhịp	bustling 1
nhộng	pupa 1
nhột	tickled 1
nhớ	call 0.1	mind 0.1	miss 0.2	recall 0.2	remember 0.4
nhớ_chừng	approximately 0.25	remember 0.5	vaguely 0.25
nhớ_laị	reminisce 1
nhớ_mong	long 0.5	see 0.5
nhớ_nhung	fond 0.5	remembrance 0.5
nhớ_nhà	home 0.25	homesick 0.5	sick 0.25
nhớ_ra	recall 0.5	recollect 0.5
nhớ_thương	fondly 0.1667	grieve 0.5	long 0.1667	see 0.1667
nhớ_tiếc	deep 0.3333	regret 0.3333	think 0.3333
nhớ_đơì	all 0.3333	life 0.3333	remember 0.3333
nhớn_nhác	around 0.3333	bewilderment 0.3333	look 0.3333
nhớt	motor 0.1667	oil 0.1667	slimy 0.3333	viscous 0.3333
nhớt_kế	viscometer 0.5	viscosimeter 0.5
nhớt_nhát	slimy 1
nhớt_nhợt	slimy 0.5	viscous 0.5
nhờ_câỵ	depend 1
nhờ_trơì	heaven 0.5	thank 0.5
nhờ_vả	depend 0.5	help 0.5
nhờn	greasy 1
nhở	huh 1
nhởn	away 0.3333	play 0.3333	time 0.3333
nhỡ	medium 0.3333	miss 0.3333	size 0.1667	sized 0.1667
nhợ	cord 0.1667	fine 0.1667	string 0.3333	sweetish 0.3333
nhợt	pale 1
nhợt_nhạt	pale 1
nhục	disgraced 0.3333	dishonoured 0.3333	oflesh 0.3333
nhục_dục	carnal 0.2	concupiscence 0.2	fleshy 0.2	sensual 0.2	sexual 0.2
nhục_hình	corporal 0.5	punishment 0.5
nhục_mạ	abuse 0.5	insult 0.5
nhục_nhã	disgraceful 0.3333	ignominious 0.3333	shameful 0.3333
nhục_nhằn	humiliatory 1
nhục_thể	body 0.5	flesh 0.5
nhục_đâụ_khâú	nutmeg 1
nhụt	blunt 0.25	damped 0.25	dampened 0.25	weaken 0.25
nhụt_đi	abate 1
nhủ	carefully 0.1667	instruct 0.1667	say 0.3333	tell 0.3333
nhủn	fain 0.5	pulpy 0.5
nhứ	tantalize 1
nhức	ache 0.5	smarting 0.5
nhức_răng	toothache 1
nhừ	cooked 0.1667	done 0.1667	feel 0.1111	pain 0.1111	pervasive 0.1111	well 0.3333
nhừ_đòn	beating 0.5	sound 0.5
nhử	entice 0.3333	lure 0.3333	snare 0.3333
những	but 0.07143	certain 0.07143	frequently 0.1429	many 0.1429	much 0.1429	nothing 0.07143	number 0.07143	some 0.1429	usually 0.1429
những_ai	any 1
những_là	hoped 0.1667	repeatedly 0.6667	wished 0.1667
những_lơì	word 1
những_ngaỳ_thanh_bình	days 0.5	halcyon 0.5
những_như	as 0.25	concerned 0.25	far 0.25	for 0.25
ni	anh 0.1	buddhist 0.1	man 0.2	ni 0.1	now 0.2	nun 0.1	this 0.2
ni_cô	budhist 0.5	nun 0.5
ni_lông	nylon 1
ni_tơ	nitrogen 1
nia	basket 0.3333	flat 0.3333	large 0.3333
nicôtin	nicotine 1
nikel	nickel 1
ninh	simmer 0.5	stew 0.5
ninh_ba	ningbo 1
ninh_hạ	ningxia 1
ninja	ninja 1
ninsbori	dubnium 1
niobi	niobium 1
nitroglyxerin	nitroglycerine 1
nitroxeluloza	nitrocellulose 1
nitơ	nitrogen 1
nizhny_novgorod	nizhny 0.5	novgorod 0.5
niã	fork 1
niêm	seal 1
niêm_dịch	mucus 1
niêm_luật	prosody 1
niêm_mạc	membrane 0.5	mucous 0.5
niêm_phong	seal 1
niêm_yết	bill 0.5	post 0.5
niên	year 1
niên_biêủ	choronological 0.1667	chronicle 0.3333	chronology 0.3333	table 0.1667
niên_canh	birth 0.5	date 0.5
niên_giám	book 0.5	year 0.5
niên_hiêụ	name 0.3333	reign's 0.3333	years 0.3333
niên_khoá	academic 0.25	school 0.25	year 0.5
niên_kim	annuity 1
niên_lịch	almanach 1
niên_thiêú	tender 0.5	young 0.5
niên_xỉ	age 1
niên_đaị	age 0.5	date 0.5
niên_đaị_học	chronology 1
niêu	pot 0.5	small 0.5
niêu_thiêú	age 0.25	flower 0.25	youth 0.5
niêụ	urinary 1
niú	catch 0.5	cling 0.5
niết_bàn	nirvana 1
niềm_nở	warm 1
niềm_tây	considerations 0.25	feelings 0.25	inmost 0.25	personal 0.25
niềm_vui_thích	pleasure 1
niền	hoop 0.5	rim 0.5
niệm	breath 0.3333	pray 0.3333	under 0.3333
niệt	bind 0.25	cattle 0.125	cord 0.125	fast 0.125	fasten 0.25	tie 0.125
no	gorged 0.5	surfeited 0.5
no_nê	satiety 1
no_đủ	comfortably 0.5	off 0.5
no_ấm	adequate 0.3333	clothing 0.3333	food 0.3333
noan_quản	fallopian 0.25	oviduct 0.5	tube 0.25
nobeli	nobelium 1
noel	christmas 1
noi	follow 1
noi_gót	example 0.25	follow 0.25	steps 0.25	tread 0.25
nom	after 0.125	good 0.125	look 0.25	mind 0.25	peer 0.25
non	green 0.125	mark 0.0625	mild 0.125	mountain 0.125	new 0.125	premature 0.125	tender 0.125	up 0.0625	young 0.125
non_nước	fatherland 1
non_nớt	green 0.3333	tender 0.3333	young 0.3333
non_sông	country 0.25	home 0.25	homeland 0.5
non_tay	drawing 0.5	unskilled 0.5
non_trẻ	age 0.25	tender 0.25	young 0.5
non_yêú	abortive 1
nong	insert 0.5	stretch 0.5
nong_nả	exert 0.5	utmost 0.5
not_used_in_vietnamese	do 1
novgorod	novgorod 1
novokuznetsk	novokuznetsk 1
noãn	ovule 1
noãn_baò	oocyte 1
noì	crack 0.3333	pedigree 0.3333	race 0.3333
noì_giống	race 1
noí	add 0.125	say 0.25	speak 0.25	talk 0.25	tell 0.125
noí_bâỵ	nonsense 0.5	talk 0.5
noí_bâỷ	incite 1
noí_bóng	drop 0.25	hints 0.5	speak 0.25
noí_bông	crack 0.5	jokes 0.5
noí_bưà	speak 0.5	thoughtlessly 0.5
noí_chung	generally 0.5	speaking 0.5
noí_chuyện	speak 0.3333	talk 0.6667
noí_chữ	highbrow 0.3333	terms 0.3333	use 0.3333
noí_cách_khác	other 0.5	words 0.5
noí_cạnh	hints 0.25	innuendoes 0.25	oblique 0.25	speak 0.25
noí_cứng	bold 0.3333	front 0.3333	put 0.3333
noí_dóc	boast 0.5	brag 0.5
noí_dôí	lie 0.6667	lies 0.1667	tell 0.1667
noí_giêũ	fun 0.3333	jeer 0.3333	mock 0.3333
noí_giùm	behalf 0.25	intercede 0.5	speak 0.25
noí_gâũ	chat 1
noí_gạt	mislead 1
noí_gở	ominously 0.5	speak 0.5
noí_hớ	blunder 0.5	out 0.5
noí_hớt	tales 0.5	tell 0.5
noí_khó	diffculties 0.5	expatiate 0.5
noí_laí	spoonerism 1
noí_laó	falschool 0.25	lie 0.5	tell 0.25
noí_laý	back 0.3333	slang 0.3333	speak 0.3333
noí_liêù	rashly 0.5	speak 0.5
noí_là	reportedly 0.5	supposedly 0.5
noí_lên	say 0.3333	tell 0.3333	voice 0.3333
noí_lêú	saucily 0.5	speak 0.5
noí_lóng	slang 0.5	use 0.5
noí_lót	good 0.3333	put 0.3333	word 0.3333
noí_lôí	recitatives 0.5	speak 0.5
noí_lảng	change 0.5	subjects 0.5
noí_lắp	stammer 0.5	stutter 0.5
noí_lớn_tiếng	vocal 1
noí_miả	ironize 1
noí_mê	delirium 0.25	rave 0.25	sleep 0.25	speak 0.25
noí_mò	guess 1
noí_nhiụ	slip 0.5	tongue 0.5
noí_năng	speak 1
noí_phaỉ	sense 0.5	talk 0.5
noí_phiếm	chat 1
noí_phách	boast 0.5	rant 0.5
noí_qua	cursory 0.25	expositon 0.25	speak 0.25	summarily 0.25
noí_quanh	beat 0.5	bush 0.5
noí_raò	oratory 0.5	precautions 0.5
noí_riêng	particular 0.5	private 0.25	speak 0.25
noí_rõ	clarify 1
noí_rước	exaggerate 1
noí_sai	lie 0.5	tell 0.25	untruths 0.25
noí_sòng	mind 0.1667	outone's 0.1667	speak 0.4167	up 0.25
noí_sảng	rave 1
noí_thánh_tướng	rant 1
noí_thầm	breath 0.1111	speak 0.1111	under 0.1111	whisper 0.6667
noí_thật	speak 0.5	truth 0.5
noí_thẳng	mind 0.1111	out 0.1111	plainly 0.1667	speak 0.4444	up 0.1667
noí_to_tiếng	vocal 1
noí_traị	euphemize 1
noí_trạng	big 0.1667	boast 0.3333	brag 0.3333	talk 0.1667
noí_trắng	bluntly 0.5	speak 0.5
noí_trống_không	benches 0.3333	empty 0.3333	speak 0.3333
noí_tướng	big 0.1667	boast 0.3333	rant 0.3333	talk 0.1667
noí_xâú	backbite 0.5	ill 0.25	speak 0.25
noí_đuà	joke 1
noí_đúng_hơn	nay 1
noí_được	speak 0.5	talk 0.5
noí_đổng	innuendoes 0.3333	out 0.3333	throw 0.3333
noỉ	better 0.5	off 0.5
nq	resolution 1
nung	bake 0.3333	burn 0.3333	fire 0.3333
nung_bệnh	incubate 1
nung_mủ	fester 0.5	suppurate 0.5
nung_nâú	heat 1
nung_đúc	temper 1
nuì	flock 1
nuí	mountain 1
nuí_băng	iceberg 1
nuí_băng_trôi	iceberg 1
nuí_lưả	volcano 1
nuí_lưả_băng	cryovolcano 1
nuí_mặt_bàn	mesa 1
nuí_non	mountains 1
nuí_olympus	olympus 1
nuí_rừng	forests 0.75	mountain 0.25
nuí_sông	country 0.5	land 0.5
nuôi	breed 0.1667	bring 0.08333	care 0.1667	feed 0.1667	mother 0.1667	nourish 0.1667	up 0.08333
nuôi_bộ	bottle 0.4167	bring 0.1667	feed 0.25	up 0.1667
nuôi_câý	culture 0.3333	grow 0.3333	medium 0.3333
nuôi_dưỡng	bring 0.25	rear 0.5	up 0.25
nuôi_nấng	bring 0.1667	foster 0.3333	mother 0.3333	up 0.1667
nuôi_trẻ	puericulture 1
nuôi_trồng	aquaculture 0.3333	farming 0.3333	grow 0.1667	rear 0.1667
nuôi_tầm	breed 0.5	raise 0.5
nuông	indugle 0.3333	pamper 0.3333	spoil 0.3333
nuông_chiêù	indulge 0.5	spoil 0.5
nuốt	swallow 1
nuốt_chửng	swallow 0.5	up 0.5
nuốt_giận	anger 0.3333	bottle 0.3333	up 0.3333
nuốt_hận	hatred 0.25	resentment 0.25	suppress 0.5
nuốt_hờn	anger 0.5	suppress 0.5
nuốt_nhục	eat 0.5	leek 0.5
nuốt_sống	appropriate 0.3333	force 0.3333	swallow 0.3333
nuốt_trôi	hitch 0.1667	pocket 0.1667	swallow 0.5	without 0.1667
nuốt_trửng	swallow 0.5	up 0.5
nuộc	turn 1
nuột	fair 0.5	glossy 0.5
nà	let 0.25	let's 0.25	silk 0.125	strech 0.125	well 0.25
nàng	her 0.5	she 0.5
nàng_bạch_tuyết	snow 0.5	white 0.5
nàng_dâu	daughter 0.5	law 0.5
nàng_hâù	concubine 0.75	young 0.25
nàng_thơ	inspiration 0.1667	muse 0.5	poetic 0.3333
nàng_tiên	fairy 1
ná	arbalest 0.5	bow 0.25	cross 0.25
ná_cao_su	catapult 1
nách	armpit 1
nách_lá	axil 1
nám	burnt 1
nán	linger 0.5	stay 0.5
nánh	side 0.5	tilt 0.5
nát	crushed 1
nát_bàn	nirvana 1
nát_bét	confused 0.5	divided 0.25	utterly 0.25
nát_gan	alone 0.08333	even 0.08333	let 0.08333	men 0.08333	puzzled 0.25	stones 0.08333	worried 0.3333
nát_nhaù	crumpled 1
nát_rươụ	drunk 0.3333	when 0.3333	wrong 0.3333
nát_óc	brain 0.5	storming 0.5
nân	barren 0.5	sterile 0.5
nâng	raise 1
nâng_bậc	higher 0.3333	raise 0.3333	scale 0.3333
nâng_cao	enhance 0.3333	lift 0.3333	raise 0.3333
nâng_cấp	upgrade 1
nâng_cốc	glaass 0.5	raise 0.5
nâng_cốc_chúc_mừng	cheers 1
nâng_giấc	care 0.5	great 0.5
nâng_niu	care 0.5	loving 0.5
nâng_thành_hâụ	queen 1
nâng_đỡ	help 0.5	support 0.5
nâu	brown 1
nâu_hoá	brown 1
nâu_non	brown 0.5	light 0.5
nâu_sồng	brown 0.3333	clothes 0.3333	monk's 0.3333
nâu_vàng	cinnamon 1
nây	fat 0.1667	flabbily 0.1667	that 0.3333	this 0.3333
nâú	boil 0.3333	cook 0.6667
nâú_chaỷ	melt 1
nâú_chín	cook 1
nâú_nướng	cook 0.5	cooking 0.5
nâú_ăn	cook 0.6667	cooking 0.3333
nâý	that 1
nâũ	over 1
nâụ	band 0.25	clique 0.25	dress 0.125	gang 0.25	processional 0.125
nâỵ	big 1
nâỷ	bounce 1
nâỷ_mực	line 1
nã	hunt 1
né	dodge 0.3333	evade 0.3333	fend 0.1667	off 0.1667
né_tránh	avoid 1
ném	cast 0.2	chuck 0.2	fling 0.2	throw 0.4
ném_tạ	putting 0.5	weight 0.5
ném_điã	discus 0.5	throw 0.5
nén	bar 0.1667	bullion 0.1667	check 0.1667	control 0.1667	curb 0.1667	restrain 0.1667
nén_giận	anger 0.25	check 0.5	control 0.25
nén_lòng	feelings 0.25	repress 0.5	suppress 0.25
nép	crouch 1
nét	line 0.5	stroke 0.5
nét_chữ	handwriting 1
nét_mặt	expression 0.25	face's 0.25	features 0.5
nê	flimsy 0.1667	plenty 0.3333	pretext 0.1667	soursop 0.3333
nêm	dress 0.25	flavour 0.25	season 0.25	wedge 0.25
nên	candle 0.5	should 0.5
nên_chi	hence 0.3333	reason 0.3333	therefore 0.3333
nên_chăng	must 0.5	while 0.25	worth 0.25
nên_ngươì	become 0.3333	good 0.3333	person 0.3333
nên_thân	sound 0.5	thorough 0.5
nên_thơ	beautiful 0.1667	like 0.1667	poem 0.1667	poetic 0.5
nên_tôi_tồn_taị	therefore 0.5	think 0.5
nêu	bring 0.125	pole 0.125	raise 0.25	set 0.25	tet 0.125	up 0.125
nêu_gương	example 0.5	set 0.5
nêú	if 0.5	unless 0.5
nêú_không	if 0.5	other 0.25	wise 0.25
nêú_mà	if 1
nêú_như	if 1
nêú_thế	case 0.25	if 0.75
nì	here 1
ních	cram 1
nín	hold 0.25	silent 0.5	tongue 0.25
nín_bặt	crying 0.3333	short 0.3333	stop 0.3333
nín_khóc	crying 0.4167	leave 0.1667	off 0.1667	stop 0.25
nín_lặng	answer 0.5	silent 0.5
nín_nhịn	contain 1
nín_thinh	answer 0.5	keep 0.25	silent 0.25
nín_thít	patient 0.3333	remain 0.3333	silence 0.3333
nín_tiếng	keep 0.25	lie 0.25	low 0.25	mum 0.25
níp	case 0.5	trunk 0.5
nít	bottle 0.3333	small 0.3333	wine 0.3333
nò	fish 0.5	trap 0.5
nòm	tinder 1
nòng	barrel 0.3333	core 0.1667	fit 0.1667	insert 0.1667	stretcher 0.1667
nòng_nọc	tadpole 1
nòng_nực	hot 0.5	oppressively 0.5
nó	he 0.3333	him 0.1667	it 0.3333	she 0.1667
nóc	roof 0.25	top 0.75
nón	hat 1
nón_cụt	cone 0.5	truncated 0.5
nón_dâú	conical 0.3333	hat 0.3333	soldier's 0.3333
nón_lông	feather 0.5	hat 0.5
nón_mê	hat 0.3333	hoopless 0.3333	palm 0.3333
nóng	fervet 0.1667	hot 0.4167	quick 0.08333	tempered 0.1667	warm 0.1667
nóng_bức	hot 0.25	oppressively 0.25	sultry 0.5
nóng_chaỷ	melt 1
nóng_gaý	keyed 0.5	up 0.5
nóng_giận	furious 1
nóng_hôỉ	hot 0.75	steaming 0.25
nóng_lòng	anxious 0.5	impatient 0.5
nóng_mắt	anger 0.5	burn 0.5
nóng_naỷ	hot 0.5	tempered 0.5
nóng_ruột	burn 0.5	impatience 0.5
nóng_râỹ	burning 0.5	hot 0.5
nóng_sáng	incandescent 1
nóng_sốt	boiling 0.125	hot 0.625	red 0.125	steaming 0.125
nóp	hut 0.3333	mat 0.3333	small 0.3333
nô	frolic 0.5	gambol 0.5
nô_bộc	servant 1
nô_dịch	enslave 0.3333	subdue 0.3333	subjugate 0.3333
nô_en	christmas 1
nô_lệ	slave 1
nô_nức	flock 1
nô_đuà	frolic 1
nôi	crib 1
nôm	chinese 0.08333	easy 0.125	like 0.125	prose 0.125	simple 0.25	transcribed 0.08333	understand 0.125	vietnamese 0.08333
nôn	feel 0.1667	throw 0.1667	tickled 0.1667	up 0.1667	vomit 0.3333
nôn_nao	feel 0.5	sick 0.5
nôn_nóng	eager 0.5	overhasty 0.5
nông	deep 0.3333	shallow 0.3333	superficial 0.3333
nông_choèn	shallow 0.5	unnoticeably 0.5
nông_công_nghiệp	argo 0.5	industrial 0.5
nông_cạn	shallow 0.5	superficial 0.5
nông_cụ	farming 0.5	implement 0.5
nông_dân	cultivator 0.1667	farmer 0.3333	farmers 0.1667	peasant 0.1667	peasantry 0.1667
nông_gia	agriculturist 0.5	cultivator 0.5
nông_giang	canal 0.5	irrigation 0.5
nông_hoá_học	argo 0.5	chemistry 0.5
nông_hôị	association 0.5	peasants 0.5
nông_học	agronomy 0.5	argonomy 0.5
nông_hộ	farmer 0.5	household 0.5
nông_lâm	agriculture 0.5	forestry 0.25	silvicultue 0.25
nông_lịch	calendar 0.5	farming 0.5
nông_nghiệp	agricultural 0.1111	agriculture 0.3333	begging 0.03704	bring 0.03704	early 0.05556	farming 0.2222	flooding 0.1111	morning 0.05556	security 0.03704
nông_nô	serf 1
nông_phu	farmer 1
nông_sản	agricultural 0.25	farm 0.25	produce 0.5
nông_sờ	deep 0.5	shallow 0.5
nông_thôn	country 0.4	countryside 0.4	rural 0.2
nông_thôn_mơí	new 0.5	rural 0.5
nông_trang	farm 1
nông_traị	farm 1
nông_trường	farm 0.4444	run 0.1111	sovkhoz 0.3333	state 0.1111
nông_trường_tập_thể	kolkhoz 1
nông_vụ	agricultural 0.25	crop 0.25	farming 0.25	season 0.25
nôì	pot 1
nôì_chó	steamer 1
nôì_cơm_điện	cooker 0.5	rice 0.5
nôì_hơi	boiler 1
nôì_hấp	autoclave 1
nôì_niêu	pans 0.5	post 0.5
nôì_rang	pot 0.5	roasting 0.5
nôì_áp_suất	cooker 0.5	pressure 0.5
nôí	add 0.1667	adjacent 0.1667	bind 0.1667	connect 0.1667	join 0.1667	unite 0.1667
nôí_doĩ	ancestral 0.1667	carry 0.25	continue 0.1667	line 0.1667	lineage 0.25
nôí_khố	bosom 0.5	intimate 0.5
nôí_laị	rejoin 0.5	renew 0.5
nôí_liền	connect 1
nôí_lơì	floor 0.5	over 0.5
nôí_nghiệp	business 0.1667	over 0.3333	succeed 0.1667	up 0.3333
nôí_ngôi	succeed 0.5	throne 0.5
nôí_tiếp	succeed 1
nôí_vơí_đất	earth 1
nôí_đuôi	another 0.1667	follow 0.1667	life 0.3333	queue 0.1667	up 0.1667
nôĩ	feeling 1
nôĩ_buồn	sorrow 1
nôĩ_buồn_chán	boredom 1
nôĩ_buồn_tẻ	boredom 1
nôĩ_lòng	feelings 0.5	inmost 0.5
nôĩ_mình	lot 0.25	personal 0.5	plight 0.25
nôĩ_nhà	family 0.5	plight 0.25	situation 0.25
nôĩ_niềm	confidence 1
nôỉ	brought 0.1	develop 0.2	float 0.2	out 0.1	overfloat 0.2	rise 0.2
nôỉ_bật	brought 0.25	out 0.1667	relief 0.4167	stand 0.1667
nôỉ_bọt	foam 1
nôỉ_chìm	downs 0.1667	full 0.4167	ups 0.1667	vicissitudes 0.25
nôỉ_danh	become 0.1667	fame 0.1111	famous 0.5	widespread 0.1111	win 0.1111
nôỉ_dâỵ	rise 0.25	up 0.25	uprising 0.5
nôỉ_giận	angry 0.5	grow 0.5
nôỉ_loạn	rebel 0.5	revolt 0.5
nôỉ_lên	distinguish 0.3333	float 0.3333	rise 0.3333
nôỉ_lưả	fire 1
nôỉ_nóng	lose 0.5	temper 0.5
nôỉ_rõ	out 0.3333	relief 0.3333	stand 0.3333
nôỉ_tam_bành	tantrum 1
nôỉ_tiếng	celebrated 0.1429	famous 0.2857	illustrious 0.2857	known 0.07143	popular 0.1429	well 0.07143
nôị	field 0.1667	home 0.1667	living 0.05556	palace 0.08333	paternal 0.1667	people's 0.05556	quarters 0.05556	royal 0.08333	side 0.08333	spear 0.08333
nôị_baò	intracelluler 1
nôị_biến	internal 0.5	trouble 0.5
nôị_bộ	internal 1
nôị_chiến	civil 0.25	civilwar 0.5	war 0.25
nôị_chính	administration 0.25	domestic 0.5	policy 0.25
nôị_cung	harem 1
nôị_các	cabinet 1
nôị_các_bóng_tôí	cabinet 0.5	shadow 0.5
nôị_công	force 0.25	inner 0.25	strangth 0.5
nôị_dung	content 0.25	contents 0.25	tenor 0.25	terms 0.25
nôị_giàn	ennuch 1
nôị_gián	planted 0.5	spy 0.5
nôị_hiện	interiorize 1
nôị_hoá	home 0.5	locally 0.5
nôị_hàm	comprehension 0.5	connotation 0.5
nôị_hôn	endogemy 1
nôị_khoa	internal 0.5	medicine 0.5
nôị_khoá	curriculum 1
nôị_ký_sinh	endoparasite 1
nôị_loạn	internal 0.5	upheaval 0.5
nôị_lực	force 0.5	internal 0.5
nôị_mông	inner 0.5	mongolia 0.5
nôị_nhân	old 0.25	wife 0.5	woman 0.25
nôị_nhập	introjection 1
nôị_nhật	day 0.5	within 0.5
nôị_năng	energy 0.5	internal 0.5
nôị_quy	intramural 0.5	regulations 0.5
nôị_taị	immanent 0.5	inherent 0.5
nôị_thành	areas 0.4167	city's 0.1667	inlying 0.1667	urban 0.25
nôị_thương	disease 0.5	internal 0.5
nôị_thất	interior 1
nôị_thị	court 0.5	sevant 0.5
nôị_tiếp	inscribed 1
nôị_tiết	endocrical 1
nôị_tiết_tố	hormone 1
nôị_trocoit	hypotrochoid 1
nôị_trú	resident 0.5	stay 0.5
nôị_trị	administration 0.1667	affairs 0.1667	home 0.25	internal 0.25	policy 0.1667
nôị_trợ	houseword 1
nôị_tâm	feelings 0.5	innermost 0.5
nôị_tình	internal 0.5	situation 0.5
nôị_tướng	house 0.25	lady 0.25	wife 0.5
nôị_tạng	innards 0.5	viscera 0.5
nôị_tỉnh	introspection 1
nôị_vụ	affairs 0.5	home 0.5
nôị_điạ	inland 0.5	interior 0.5
nôị_đồng	field 0.5	interior 0.5
nôị_độc_tố	endotoxin 1
nôị_động_từ	intransitive 0.5	verb 0.5
nôị_ứng	columnish 0.25	fifth 0.25	horse 0.25	trojan 0.25
nõ	axle 0.125	bowl 0.25	cock 0.25	prick 0.25	protruding 0.125
nõn	bud 0.1667	soft 0.3333	tender 0.5
nõn_nà	silkly 0.25	velvety 0.25	white 0.5
nõn_nường	lingam 0.5	yoni 0.5
nùng	battle 0.5	tested 0.5
núc	tight 0.25	tighten 0.5	twist 0.25
núc_ních	but 0.3333	fat 0.3333	firm 0.3333
núm	glab 0.5	seize 0.5
núm_vú	nipple 0.5	teat 0.25	tit 0.25
núng	become 0.1667	ground 0.3333	weaken 0.3333	weaker 0.1667
núng_nính	fat 0.25	flabbily 0.25	rotund 0.5
núp	cover 0.5	shelter 0.5
nút	cork 0.25	knot 0.25	stoople 0.25	stopper 0.25
nút_bấm	button 1
nút_giao	interchange 0.5	intersection 0.5
nút_gạc	tampon 1
nürnberg	nuremberg 1
năm	five 0.5	year 0.5
năm_ba	several 0.5	some 0.5
năm_baỷ	amount 0.5	small 0.5
năm_giờ	five 0.5	o'clock 0.5
năm_học	sehoot 0.5	year 0.5
năm_kia	before 0.3333	last 0.3333	year 0.3333
năm_mơí	new 0.5	year 0.5
năm_mươi	fifty 1
năm_mươi_ba	fifty 0.5	three 0.5
năm_mươi_bốn	fifty 0.5	four 0.5
năm_mươi_hai	fifty 0.5	two 0.5
năm_mươi_lăm	fifty 0.5	five 0.5
năm_mươi_mốt	fifty 1
năm_mặt_trơì	solar 0.5	year 0.5
năm_một	every 0.25	year 0.25	yearly 0.5
năm_ngoaí	last 0.5	year 0.5
năm_nhuận	leap 0.5	year 0.5
năm_năm	every 0.25	year 0.25	yearly 0.5
năm_rôì	last 0.5	year 0.5
năm_thiên_văn	sidereal 0.5	year 0.5
năm_tháng	time 1
năm_xưa	ago 0.5	long 0.5
năm_ánh_sáng	light 0.5	year 0.5
năn_ngọt	chestnut 0.5	water 0.5
năn_nỉ	entreat 1
năng	frequently 0.3333	many 0.1667	often 0.3333	time 0.1667
năng_lượng	energy 1
năng_lượng_taí_taọ	energy 0.5	renewable 0.5
năng_lực	ability 0.5	capacity 0.25	efficiency 0.25
năng_nổ	ditigent 0.5	zealous 0.5
năng_suất	capacity 0.25	productivity 0.5	yield 0.25
năng_động	dynamic 1
nđ	decree 1
nũng	coddle 0.3333	court 0.3333	fondling 0.1667	pampering 0.1667
nũng_niụ	coddle 1
nơ	bow 1
nơi	place 0.6667	point 0.3333
nơi_chôn	home 1
nơi_hoả_táng	crematorium 1
nơi_nơi	every 0.25	everywhere 0.5	place 0.25
nơi_sinh	birthplace 0.5	home 0.5
nơi_đây	here 1
nơi_ở	abode 1
nơm	fishing 0.5	tackle 0.5
nơm_nớp	state 0.25	suspense 0.25	tenterhooks 0.5
nơí	ease 0.3333	loosen 0.3333	slacken 0.3333
nơí_giá	decrease 0.3333	price 0.3333	somewhat 0.3333
nư	anger 1
nưa	big 0.25	kouniak 0.5	python 0.25
nưng	lift 0.5	raise 0.5
nưá	neohouzeaua 1
nưã	further 0.3333	longer 0.3333	more 0.3333
nưã_khi	end 0.3333	eventually 0.3333	finally 0.3333
nưã_là	alone 0.5	let 0.5
nương	depend 0.5	lean 0.5
nương_bóng	another 0.3333	depend 0.3333	person 0.3333
nương_câỵ	depend 0.5	help 0.5
nương_mạ	field 0.3333	rice 0.3333	seedling 0.3333
nương_naú	refuge 0.5	shelter 0.5
nương_nhờ	help 0.3333	lean 0.3333	some's 0.3333
nương_nương	ladyship 1
nương_râỹ	burnt 0.1111	kaingin 0.3333	land 0.1111	milpa 0.3333	over 0.1111
nương_tay	careful 0.5	handed 0.25	light 0.25
nương_thân	find 0.5	shelter 0.5
nương_tưạ	depend 0.5	lean 0.5
nương_tử	damsel 0.5	lady 0.25	young 0.25
nươú_răng	gum 1
nưả	half 1
nưả_buôỉ	evening 0.25	mid 0.5	morning 0.25
nưả_chừng	incomplete 0.5	unfinished 0.5
nưả_lương	half 0.5	pay 0.5
nưả_muà	baked 0.5	half 0.5
nưả_tiền	half 0.5	price 0.5
nưả_tá	dozen 0.75	half 0.25
nưả_vơì	halves 1
nưả_đêm	midnight 1
nưả_đơì	age 0.5	middle 0.5
nưả_đường	half 0.5	way 0.5
nước	country 0.2	land 0.2	liquid 0.2	water 0.4
nước_anh	britain 0.25	england 0.5	great 0.25
nước_aó	austria 1
nước_bí	cleft 0.08333	fix 0.1667	pass 0.08333	pinch 0.1667	pretty 0.08333	stalemate 0.1667	stick 0.08333	straits 0.1667
nước_bóng	lustre 1
nước_bọt	saliva 0.5	spit 0.5
nước_campuchia	cambodia 1
nước_canh	soup 1
nước_chanh	lemon 0.25	lemonade 0.5	squash 0.25
nước_chè	tea 1
nước_chấm	sauce 1
nước_cơvat	kvass 1
nước_cường_toan	aqua 0.5	regia 0.5
nước_cốt_dưà	coconut 0.5	milk 0.5
nước_da	complexion 1
nước_dùng	bouillon 0.3333	consomme 0.3333	stock 0.3333
nước_giaỉ	urine 1
nước_giaỉ_khát	beverage 1
nước_gio	lye 1
nước_gôị_đâù	shampoo 1
nước_hoa	perfume 0.6667	scent 0.3333
nước_hàng	brown 0.3333	sugary 0.3333	water 0.3333
nước_khoáng	mineral 0.5	water 0.5
nước_kiêụ	amble 1
nước_kết_tinh	crystallization 0.5	water 0.5
nước_laò	laos 1
nước_leò	sauce 1
nước_lã	water 1
nước_lên	high 0.5	tide 0.25	water 0.25
nước_lũ	flood 0.5	freshhet 0.5
nước_lọc	filtered 0.5	water 0.5
nước_lợ	brackish 0.5	water 0.5
nước_myanma	myanmar 1
nước_mắm	fish 0.3333	mam 0.1667	nuoc 0.1667	sauce 0.3333
nước_mắt	tear 1
nước_mỹ	america 0.1667	states 0.4167	united 0.4167
nước_na_uy	norway 1
nước_nga	russia 1
nước_ngoaì	abroad 0.1667	country 0.1667	foreign 0.5	overseas 0.1667
nước_ngọt	pop 0.5	soda 0.5
nước_nhâỳ	mucus 1
nước_pháp	france 1
nước_rưả_đồ_thờ	ablution 1
nước_sôcôla	chocolate 0.5	hot 0.5
nước_sơn	paint 1
nước_sạch	clean 0.5	water 0.5
nước_taó	apple 0.5	juice 0.5
nước_thaí_lan	thailand 1
nước_thơm	perfume 1
nước_tiêủ	urine 1
nước_trà	tea 1
nước_tương	sauce 0.5	soy 0.5
nước_tắm_gôị	ablution 1
nước_uống	drink 0.3333	drinking 0.1667	water 0.5
nước_vo_gaọ	hog 0.5	wash 0.5
nước_vàng	ichor 1
nước_vôi	lime 0.5	water 0.5
nước_vôí	eugenia 0.3333	lid 0.3333	tea 0.3333
nước_xaó	flavoured 0.3333	meat 0.3333	soup 0.3333
nước_xuýt	bouillon 0.25	stock 0.25	thin 0.5
nước_xuống	ebb 0.3333	low 0.3333	tide 0.1667	water 0.1667
nước_xả_quần_aó	comforter 1
nước_xốt	sauce 1
nước_xốt_cà_chua	ketchup 0.5	sauce 0.25	tomato 0.25
nước_á_rập	arab 1
nước_ép	juice 1
nước_ôí	amniotic 0.5	fluid 0.5
nước_úc	australia 1
nước_ý	italy 1
nước_đaí	urine 1
nước_đaí_quỷ	amoniac 1
nước_đaị	gallop 1
nước_đá	ice 1
nước_đôi	ambiguous 0.5	equivocal 0.5
nước_đơì	calvary 1
nước_độc	climate 0.25	environment 0.25	malarian 0.25	unwholesome 0.25
nước_đức	germany 1
nước_đứng	level 0.3333	stationary 0.3333	water 0.3333
nước_ốc	boiled 0.3333	shellfish 0.3333	water 0.3333
nướng	bake 0.25	grill 0.25	roast 0.5
nướng_vĩ	grill 1
nườm_nượp	flock 0.5	stream 0.5
nạ	mother 1
nạ_dòng	aged 0.3333	matron 0.3333	middle 0.3333
nạc	lean 1
nạm	handful 0.5	inlay 0.5
nạn	calamity 0.3333	danger 0.3333	disaster 0.3333
nạn_dân	sasualty 0.5	victims 0.5
nạn_lụt	flood 1
nạn_nhân	victim 1
nạn_đoí	famine 1
nạng	crutch 0.5	fork 0.5
nạnh	envy 1
nạp	deliver 0.3333	deposit 0.3333	pay 0.3333
nạp_thuế	pay 0.5	taxes 0.5
nạp_xuống	download 1
nạt	bully 0.5	cow 0.5
nạt_nộ	browbeat 0.5	thunder 0.5
nả	creel 0.3333	short 0.3333	time 0.1667	while 0.1667
nản	despondent 0.5	discouraged 0.5
nấc	hiccup 0.25	stair 0.25	step 0.25	turn 0.25
nấc_cục	hiccup 1
nấm	fungus 0.5	mushroom 0.5
nấm_hương	shiitake 1
nấm_kim_châm	enoki 0.5	mushroom 0.5
nấm_linh_chi	lingzhi 1
nấm_men	yeast 1
nấm_meò	ear 0.5	wood 0.5
nấm_mồ	grave 0.5	mound 0.5
nấm_rơm	mushroom 0.5	straw 0.5
nấp	hide 0.5	hiding 0.25	lie 0.25
nấp_bóng	behind 0.3333	cover 0.3333	power 0.3333
nầm_nập	crowds 0.25	dense 0.25	flocking 0.5
nẫng	steal 0.5	swipe 0.5
nậm	bottle 0.3333	small 0.3333	wine 0.3333
nắc_nẻ	hawk 0.5	moth 0.5
nắm	grasp 0.1667	grip 0.1667	hold 0.3333	seize 0.1667	take 0.1667
nắm_chặt	grip 1
nắm_giữ	hold 1
nắm_tay	fist 1
nắm_xương	bones 0.5	repains 0.5
nắn	model 0.3333	mould 0.3333	set 0.3333
nắn_bóp	massage 1
nắn_gân	feel 0.3333	pulse 0.3333	sound 0.3333
nắn_nót	painstakingly 0.5	write 0.5
nắn_điện	current 0.5	redress 0.5
nắng	sunny 1
nắng_mưa	hardships 0.5	life's 0.5
nắng_raó	dry 0.5	sunny 0.5
nắp	cover 0.5	lid 0.5
nằm	down 0.5	lie 0.5
nằm_bẹp	laid 0.25	lie 0.25	low 0.25	up 0.25
nằm_bếp	childbed 0.3333	confined 0.3333	lie 0.3333
nằm_co	curled 0.3333	lie 0.3333	up 0.3333
nằm_khàn	end 0.5	loose 0.5
nằm_không	remain 0.25	single 0.75
nằm_khểnh	sprawl 1
nằm_kềnh	sprawl 1
nằm_meo	end 0.5	loose 0.5
nằm_mê	dream 1
nằm_ngang	horizontal 1
nằm_ngủ	dormant 0.5	lie 0.5
nằm_thượt	lie 0.3333	out 0.3333	stretched 0.3333
nằm_viện	hospitalized 1
nằm_vạ	tantrum 0.3333	temper 0.3333	throw 0.3333
nằm_xoaì	full 0.3333	length 0.3333	lie 0.3333
nằm_xuống	die 1
nằm_ì	squat 1
nằm_ườn	idly 0.5	sprawl 0.5
nằng_nặc	annoying 0.3333	ask 0.3333	insistence 0.3333
nặc	completely 0.125	consist 0.125	entirely 0.125	pervaded 0.125	reek 0.25	taste 0.125	wholly 0.125
nặc_danh	anonymous 1
nặc_nô	collector 0.08333	debt 0.08333	dun 0.125	mannered 0.08333	professional 0.2083	termagent 0.08333	vixen 0.25	vulgar 0.08333
nặn	knead 0.3333	model 0.3333	out 0.1667	squeeze 0.1667
nặn_chuyện	story 0.5	up 0.5
nặn_thành	form 1
nặng	heavy 0.5	ponderous 0.25	weighty 0.25
nặng_bụng	heaviness 0.25	heavy 0.25	stomach 0.25	tummy 0.25
nặng_cân	heavy 0.5	weigh 0.5
nặng_căn	inveterate 1
nặng_gánh	burden 0.5	carry 0.5
nặng_hơi	breath 0.5	strong 0.5
nặng_lòng	attention 0.1667	concern 0.1667	deep 0.1667	feel 0.1667	great 0.1667	pay 0.1667
nặng_lơì	strong 0.3333	use 0.3333	words 0.3333
nặng_muì	fetid 0.5	strong 0.5
nặng_mặt	face 0.5	long 0.5
nặng_nhọc	hard 1
nặng_nề	heavy 0.5	lumbering 0.5
nặng_tai	hard 0.5	hearing 0.5
nặng_tay	enough 0.1667	heavy 0.1667	tough 0.5	weigh 0.1667
nặng_triũ	laden 0.3333	overburdened 0.3333	overloaded 0.3333
nặng_trịch	heavy 1
nặng_viá	bird 0.3333	ill 0.3333	omen 0.3333
nặng_đâù	headache 0.5	slight 0.5
nẹp	hem 0.5	rim 0.5
nẹt	beat 0.5	intimidate 0.5
nẻ	chapped 0.2	choppy 0.2	crack 0.2	cracked 0.2	split 0.2
nếm	taste 0.6667	try 0.3333
nếm_muì	taste 1
nếm_traỉ	experience 0.5	taste 0.5
nếm_đòn	blows 0.5	taste 0.5
nến	candle 0.4444	lamp 0.1111	power 0.1111	wax 0.3333
nếp	crease 0.1667	fold 0.1667	glutinous 0.08333	rice 0.1667	sticky 0.1389	variety 0.05556	way 0.1667	white 0.05556
nếp_cuộn	circumvolution 1
nếp_cũ	routine 1
nếp_cẩm	blutinous 0.3333	rice 0.3333	violet 0.3333
nếp_lôì	anticline 1
nếp_lõm	synclinal 1
nếp_uốn_lôì	anticline 1
nếp_uốn_lõm	synclinal 1
nết	behaviour 0.375	good 0.25	habit 0.375
nề	float 0.5	smooth 0.5
nề_hà	mind 1
nền	background 0.25	bed 0.25	foundation 0.5
nền_móng	foundation 1
nền_nã	elegant 1
nền_nếp	groove 0.5	orderly 0.25	routine 0.25
nền_quân_chủ	monarchy 1
nền_trơì	firmament 0.5	sky 0.5
nền_tảng	base 0.3333	basis 0.3333	foundation 0.3333
nền_tự_do	freedom 1
nể	respect 0.5	sonsideration 0.5
nể_lòng	spare 1
nể_lơì	regard 1
nể_mặt	regard 1
nệ	concern 0.5	trifles 0.5
nệ_cổ	fogey 0.25	mud 0.25	old 0.25	stick 0.25
nệm	bed 0.3333	mattress 0.6667
nện	beat 0.25	down 0.125	hit 0.25	ram 0.125	strike 0.25
nỉ	felt 0.5	wool 0.5
nỉ_non	confidences 0.1667	coo 0.1667	full 0.1667	harmonious 0.3333	melody 0.1667
nịch	board 0.25	deal 0.25	iron 0.5
nịnh	fawn 0.5	flatter 0.5
nịnh_bợ	toady 1
nịnh_dân	demagogue 1
nịnh_hót	adulate 0.5	flatter 0.5
nịnh_mặt	flatterer 1
nịnh_thần	courtier 0.25	sycophant 0.5	sycophantic 0.25
nịnh_đầm	gallant 1
nịt	belt 0.3333	fit 0.1667	garter 0.3333	tightly 0.1667
nịt_vú	brassiere 1
nọ	other 0.25	over 0.125	that 0.25	there 0.375
nọc	pile 0.25	poison 0.25	stake 0.25	venom 0.25
nọc_nọc	tadpole 1
nọc_độc	poison 0.5	venom 0.5
nọn	handful 1
nọng	neck 1
nỏ	arbalot 0.5	bow 0.25	cross 0.25
nỏ_mồm	loudly 0.5	protest 0.25	talk 0.25
nỏ_nang	contrive 0.1667	contriver 0.1667	good 0.1667	how 0.1667	knowing 0.1667	like 0.1667
nố	amount 0.5	sum 0.5
nốc	boat 0.25	gulp 0.5	small 0.25
nống	model 0.1667	plaiting 0.1667	prop 0.1667	spoil 0.3333	up 0.1667
nốt	cecidium 0.1667	finish 0.1667	gall 0.1667	mark 0.1667	spot 0.1667	tone 0.1667
nốt_laý	grace 0.5	note 0.5
nốt_ruôì	birthmark 0.5	mole 0.5
nốt_rễ	nodosity 1
nốt_tròn	semibreve 1
nốt_tròn_đôi	double 0.3333	note 0.3333	whole 0.3333
nồ	frolic 0.5	gambol 0.5
nồm	easterly 0.25	humid 0.5	south 0.25
nồng	ardent 0.2	fervid 0.2	hot 0.2	strong 0.2	warm 0.2
nồng_chaý	ardent 0.5	fervid 0.5
nồng_hâụ	warm 1
nồng_nhiệt	ardent 0.3333	fervid 0.3333	warm 0.3333
nồng_nàn	deep 0.5	intense 0.5
nồng_nặc	strong 1
nồng_nỗng	buff 0.25	naked 0.25	stark 0.25	stripped 0.25
nồng_nực	sultry 1
nồng_thắm	ardent 0.5	passionate 0.5
nồng_đượm	ardent 0.3333	deep 0.3333	felt 0.3333
nồng_độ	concentration 1
nổ	blow 0.3	burst 0.2	explode 0.2	explosion 0.2	up 0.1
nổ_bùng	break 0.25	burst 0.5	out 0.25
nổ_chậm	action 0.5	delayed 0.5
nổ_mìn	mine 0.3333	off 0.3333	set 0.3333
nổ_tung	blow 0.5	up 0.5
nỗ_lực	all 0.1111	effort 0.3333	exert 0.2778	strength 0.1111	utmost 0.1667
nộ	arbalest 0.5	intimidate 0.5
nộ_khí	anger 0.5	fit 0.5
nộ_nạt	intimidate 1
nộm	garlic 0.2	hot 0.2	including 0.1	sour 0.1	sugar 0.2	sweet 0.2
nộp	hand 0.5	pay 0.5
nớ	that 1
nờ	en 1
nở	bloom 0.25	blow 0.25	hatched 0.25	open 0.125	out 0.125
nở_hoa	beautiful 0.3333	become 0.3333	more 0.3333
nở_muĩ	beaming 0.5	pride 0.5
nở_nang	developed 0.5	well 0.5
nỡ_to	heart 1
nỡm	monkey 1
nợ	debt 0.5	owe 0.5
nợ_chính_phủ	debt 0.5	national 0.5
nợ_công	debt 0.5	national 0.5
nợ_maú	blood 0.5	debt 0.5
nợ_miệng	bread 0.1667	butter 0.1667	debt 0.1667	dinner 0.1667	invitation 0.1667	return 0.1667
nợ_nần	debt 1
nợ_quốc_gia	debt 0.5	national 0.5
nợ_đơì	debt 0.5	society 0.5
nụ	bud 1
nụ_cươì	smile 1
nức	pervaded 1
nức_lòng	enthusiastic 0.3333	fire 0.3333	zealous 0.3333
nức_nở	sob 1
nức_tiếng	famous 1
nứng	aroused 0.1667	feel 0.1667	horny 0.5	sexually 0.1667
nứt	chap 0.3333	crack 0.3333	split 0.3333
nứt_mắt	too 0.5	young 0.5
nứt_nanh	crack 0.5	split 0.5
nứt_ra	open 0.5	split 0.5
nứt_rạn	crack 0.5	fissure 0.5
nữ	female 0.5	woman 0.5
nữ_anh_hùng	heroine 1
nữ_bác_sĩ	doctor 0.3333	medicine 0.3333	woman 0.3333
nữ_ca_sĩ	female 0.25	singer 0.25	songstress 0.5
nữ_cao	soprano 1
nữ_chuá	lady 0.5	paramount 0.5
nữ_công	feminine 0.25	housework 0.5	occupations 0.25
nữ_cưú_thương	aid 0.3333	first 0.3333	nurse 0.3333
nữ_cảnh_sát	policewoman 1
nữ_diễn_viên	actress 1
nữ_du_kích	female 0.5	guerilla 0.5
nữ_giaó_viên	female 0.5	teacher 0.5
nữ_giơí	femade 0.25	sex 0.25	women 0.5
nữ_hoàng	queen 1
nữ_hoá	feminize 1
nữ_hạnh	feminine 0.25	qualities 0.25	virtues 0.25	woman's 0.25
nữ_học_đường	girl 0.25	girl's 0.25	school 0.5
nữ_hộ_sinh	mid 0.5	wife 0.5
nữ_kiệt	heroine 1
nữ_lang	maid 0.5	maiden 0.5
nữ_lưu	fair 0.25	maiden 0.5	sex 0.25
nữ_nga_hoàng	tsarina 1
nữ_sa_hoàng	tsarina 1
nữ_sinh	girl 0.5	school 0.5
nữ_sĩ	authoress 0.25	bluestocking 0.25	letters 0.125	poetess 0.25	woman 0.125
nữ_sắc	beauteousness 0.3333	beauty 0.1667	feminine 0.1667	pulchritude 0.3333
nữ_thần	goddess 1
nữ_trang	jewel 1
nữ_trưởng_tu_viện	abbess 1
nữ_trầm	contralto 1
nữ_tu_sĩ	nun 0.6667	sister 0.3333
nữ_tính	feminity 0.5	womanliness 0.5
nữ_tướng	general 0.5	woman 0.5
nữ_tắc	education 0.3333	feminine 0.3333	ruler 0.3333
nữ_tử	dauthter 0.5	girl 0.5
nữ_văn_sĩ	woman 0.5	writer 0.5
nữ_vương	queen 1
nữ_y_sĩ	physician 0.5	woman 0.5
nữ_y_tá	nurse 1
nực	hot 1
nực_cươì	laughter 0.25	provoking 0.25	ridiculous 0.5
nực_nôị	hot 0.5	sultry 0.5
nựng	caress 1
nựng_niụ	soothe 1
o	aunt 0.2	auntie 0.2	flirt 0.2	girl 0.1	o 0.2	young 0.1
o_bế	flatter 0.5	pamper 0.5
o_o	cock 0.1667	doo 0.1667	doodle 0.1667	snore 0.5
o_oe	baby's 0.5	cry 0.5
o_ép	coerce 0.5	coercion 0.25	under 0.25
oa_oa	wail 1
oa_trữ	conceal 0.3333	harbour 0.3333	receive 0.3333
oai	appenrance 0.1	imposing 0.1	majestic 0.2	majestry 0.2	stateliness 0.2	stately 0.2
oai_danh	power 0.5	reputation 0.5
oai_hùng	awe 0.25	formidable 0.5	inspiring 0.25
oai_linh	holy 0.5	impressvely 0.5
oai_nghiêm	grave 0.5	solemn 0.5
oai_oaí	scream 0.5	shriek 0.5
oai_phong	pain 1
oai_vệ	stately 1
oan	injustice 0.5	victim 0.5
oan_cưù	animosity 1
oan_gia	calamity 0.1667	enemy 0.3333	foe 0.3333	retributive 0.1667
oan_khuất	gross 0.5	injustice 0.5
oan_khổ	misfortune 0.5	undeserved 0.5
oan_tình	injustice 0.5	victim 0.5
oan_uổng	injustice 1
oang	loud 0.5	powerful 0.5
oang_oác	croak 0.5	shrilly 0.5
oanh	oriole 1
oanh_kích	bomb 0.5	strafe 0.5
oanh_liệt	famed 0.25	far 0.25	glorious 0.5
oanh_tạc	air 0.25	bomb 0.25	bombs 0.1667	drop 0.1667	plane 0.1667
oaí_oăm	awkward 0.3333	crotchety 0.3333	whimsical 0.3333
oaí_ăm	awkward 0.3333	crotchety 0.3333	whimsical 0.3333
oaỉ	fatigued 0.5	tired 0.5
oaỉ_hương	lavender 1
obama	obama 1
oblast	oblast 1
oc_xyt	oxide 1
oe_oé	pain 0.25	scream 0.5	shriek 0.25
ohio	ohio 1
oi	creel 0.5	hot 0.125	oppressive 0.125	sultry 0.25
oi_bức	muggy 1
oi_khoí	smell 0.5	smoke 0.5
oi_nước	waterlogged 1
oi_nồng	sultry 1
oi_ả	sweltering 1
ok	ok 1
okroshka	okroshka 1
om	noise 0.25	pitch 0.25	simmer 0.25	very 0.25
om_sòm	noisy 0.5	uproarious 0.5
om_xương	beating 0.5	sound 0.5
omsk	omsk 1
ong	bee 0.6667	con 0.1667	ong 0.1667
ong_bắp_caỳ	wasp 1
ong_chuá	bee 0.5	queen 0.5
ong_mật	bee 0.5	honey 0.5
ong_nghệ	bee 0.25	bumble 0.25	bumblebee 0.5
ong_thợ	worker 1
ong_vò_vẽ	wasp 1
ong_đực	drone 1
ong_ọc	gurgle 1
orenburg	orenburg 1
orissa	odisha 1
osimi	osmium 1
osmi	osmium 1
oxit	oxide 1
oxy_hoá	oxidize 1
oxyt	oxide 1
ozon	ozone 1
oà	burst 0.3333	crying 0.3333	out 0.3333
oàm_oạp	lap 1
oác_oác	croak 1
oách	dapper 0.5	swell 0.5
oán	against 0.1667	feel 0.1667	resent 0.5	resentment 0.1667
oán_ghét	feel 0.25	hate 0.5	resentment 0.25
oán_giận	indignantly 0.5	resent 0.5
oán_hận	deeply 0.5	resent 0.5
oán_hờn	against 0.1667	feel 0.1667	resent 0.5	resentment 0.1667
oán_than	angrily 0.5	complain 0.5
oán_thán	complain 0.5	grumble 0.5
oán_thù	hate 0.5	resent 0.5
oán_trách	angrilly 0.5	complain 0.5
oát	watt 1
oì_ọp	weakly 1
oí	bring 0.25	up 0.25	vomit 0.5
oí_maú	blood 0.5	vomit 0.5
oạch	plump 1
oắt	puny 1
oắt_con	dwarf 0.3333	imp 0.3333	pygmy 0.3333
oằn	bend 0.3333	curve 0.3333	sag 0.3333
oằn_oaị	squirm 0.5	writhe 0.5
oằn_tù_tì	three 0.5	two 0.5
oặt	bent 0.5	inflected 0.5
oẹ	retch 1
oẻ	bend 1
oẻ_hoẹ	finicky 0.5	fussy 0.5
oỉ	noisy 0.5	uproarious 0.5
oị	retch 1
pa_nô	panel 1
pakistan	pakistan 1
palađi	palladium 1
palestine	palestine 1
pan	breakdown 1
pangaea	pangaea 1
pao	pound 1
papua_new_guinea	guinea 0.3333	new 0.3333	papua 0.3333
parabôn	parabola 1
paraguay	paraguay 1
paris	paris 1
pecmi	perm 1
pei	sea 1
penicillin	penicillin 1
perestroika	perestroika 1
perth	perth 1
peru	peru 1
pha	head 0.125	lamp 0.0625	light 0.0625	mingle 0.125	miscellaneons 0.125	mix 0.125	phase 0.125	searchlight 0.125	stage 0.125
pha_chế	prepare 0.5	up 0.5
pha_giống	hybrid 1
pha_loãng	dilute 1
pha_lê	crystal 0.6667	glass 0.3333
pha_tiếng	mimic 0.5	voice 0.5
pha_trò	jest 0.5	joke 0.5
pha_trộn	blend 0.3333	mingle 0.3333	mix 0.3333
pha_tạp	mingled 0.5	mixed 0.5
phai	fade 1
phai_mờ	fade 1
phan_lệ_chi	apple 0.5	sugar 0.5
phang	stick 0.5	throw 0.5
phanh	brake 0.3333	dissect 0.3333	open 0.3333
phanh_phui	bare 0.3333	expose 0.3333	reveal 0.3333
phanh_thây	quarter 1
phanxicô	francis 1
phao	buoy 0.6667	float 0.3333
phao_câu	cooked 0.1111	fowl 0.1111	nose 0.3333	parson's 0.1667	pope's 0.1667	rump 0.1111
phao_ngôn	rumour 1
phao_phí	squander 1
phao_tin	rumour 0.5	spread 0.5
phao_tiêu	buoy 1
phaolô	paul 1
pharaon	pharaoh 1
pharaông	pharaoh 1
phau	immaculate 0.5	spotless 0.5
phay	enlarge 0.25	fault 0.5	fraise 0.25
phaí	branch 0.1667	delegate 0.1667	detach 0.1667	faction 0.1667	group 0.1667	send 0.1667
phaí_bộ	mission 1
phaí_sinh	derivative 1
phaí_viên	correspondent 1
phaí_yêú	sex 0.5	weaker 0.5
phaí_đoàn	delegation 0.3333	deputation 0.3333	mission 0.3333
phaí_đẹp	fair 0.5	sex 0.5
phaò	breath 0.5	like 0.5
phaó	cannon 0.3333	cracker 0.1667	craker 0.3333	fire 0.1667
phaó_binh	artillery 0.5	artilleryman 0.5
phaó_bông	fireworks 1
phaó_cao_xạ	aircraft 0.3333	anti 0.3333	gun 0.3333
phaó_côí	mortar 1
phaó_hiêụ	flare 0.5	shell 0.25	star 0.25
phaó_hoa	firework 0.3333	fireworks 0.6667
phaó_hạm	gunboat 1
phaó_kích	bombing 1
phaó_lệnh	gun 0.3333	shot 0.3333	signal 0.3333
phaó_sáng	flare 0.5	shell 0.25	star 0.25
phaó_thuyền	gunboat 1
phaó_thủ	gunner 1
phaó_tép	cracker 0.3333	fire 0.3333	small 0.3333
phaó_xiết	craker 0.3333	fire 0.3333	friction 0.3333
phaó_đaì	bunker 0.25	fort 0.25	fortress 0.5
phaó_đập	squib 1
phaỉ	have 0.05556	must 0.2222	obverse 0.1111	right 0.2222	should 0.1111	to 0.05556	true 0.1111	yes 0.1111
phaỉ_biết	mighty 1
phaỉ_caí	only 1
phaỉ_chăng	reasonable 0.1667	right 0.1667	sensible 0.5	wrong 0.1667
phaỉ_cách	decent 0.5	proper 0.5
phaỉ_có_sự_sáng	let 0.3333	light 0.3333	there 0.3333
phaỉ_gaí	girl 0.5	spoony 0.5
phaỉ_giá	price 0.5	reasonable 0.5
phaỉ_gió	cold 0.25	faint 0.25	how 0.25	naughty 0.25
phaỉ_giờ	die 0.3333	hour 0.3333	inauspicious 0.3333
phaỉ_khi	moment 0.5	unlucky 0.5
phaỉ_không	isn't 1
phaỉ_laị	relapse 1
phaỉ_lòng	love 1
phaỉ_lẽ	rightteous 0.5	sencible 0.5
phaỉ_quâý	right 0.5	wrong 0.5
phaỉ_rôì	is 0.1667	it 0.1667	quite 0.25	right 0.25	that 0.1667
phaỉ_traí	right 0.5	wrong 0.5
phaỉ_tôị	retribution 0.1667	should 0.1667	suffer 0.1667	trouble 0.3333	why 0.1667
phaỉ_đaọ	conformable 0.5	duty 0.5
phaỉ_đuá	shoes 0.5	walk 0.5
phaỉ_đòn	cane 0.5	whipped 0.5
phe	camp 0.3333	part 0.3333	side 0.3333
phe_cánh	faction 0.5	side 0.5
phe_phaí	factions 0.5	parties 0.5
phe_phâỷ	flap 0.5	gently 0.5
phe_đảng	party 1
phen	time 0.5	turn 0.5
pheò	extremely 0.1667	fleetingly 0.1667	intestine 0.05556	off 0.1667	ooze 0.08333	out 0.08333	over 0.08333	pig's 0.05556	quickly 0.08333	smal 0.05556
phi	africa 0.3333	brown 0.3333	gallop 0.3333
phi_baó	dispatch 0.75	send 0.25
phi_bản_quyền	copyleft 1
phi_châu	africa 1
phi_chính_trị	apolitical 1
phi_công	aviator 0.25	flying 0.125	man 0.125	pilot 0.5
phi_công_vũ_trụ	astronaut 0.75	cosmonaut 0.25
phi_cơ	aircraft 0.4	airplane 0.4	plane 0.2
phi_cảng	airport 1
phi_giaó_hôị	laic 1
phi_hành_gia	astronaut 0.5	cosmonaut 0.5
phi_hành_vũ_trụ	astronautics 0.5	cosmonautics 0.5
phi_hành_đoàn	crew 1
phi_kiếm	sword 0.5	throwing 0.5
phi_lao	casuarina 0.5	tree 0.5
phi_lý	absurd 0.5	irrational 0.5
phi_lộ	foreword 1
phi_mâụ_dịch	merchant 0.5	non 0.5
phi_nghiã	gotten 0.1667	ill 0.1667	unjust 0.3333	unrightteous 0.3333
phi_ngã	ego 0.5	non 0.5
phi_phaó	mortars 0.5	planes 0.5
phi_phàm	extraordinary 0.3333	superhuman 0.3333	unusual 0.3333
phi_pháp	illegal 0.5	unlawful 0.5
phi_quân_sự	demilitarized 1
phi_quân_sự_hoá	demilitarize 1
phi_sản_xuất	non 0.5	production 0.5
phi_thuyền	spaceship 1
phi_thơì_gian	non 0.5	temporel 0.5
phi_thường	abnomal 0.5	extraordinary 0.5
phi_thực_dân_hoá	decolonize 1
phi_thực_taị	unreal 1
phi_trọng_lượng	weightless 1
phi_tần	concubines 0.5	royal 0.5
phi_vô_sản	non 0.5	proletarian 0.5
phi_vô_sản_hoá	deproletarize 1
phi_đôị	flight 0.5	squadron 0.5
philipphế	philip 1
philippines	philippines 1
phim	cinema 0.2	film 0.4	movie 0.2	picture 0.2
phim_hoạt_hoạ	cartoon 1
phim_kinh_dị	horror 0.5	movie 0.5
phim_taì_liêụ	documentary 1
phin	batiste 0.3333	coffee 0.3333	filter 0.1667	percolator 0.1667
phin_coffee	filter 1
phià	canton 0.3333	headman 0.3333	thai 0.3333
phià_taọ	class 0.3333	ruling 0.3333	thai 0.3333
phiá	direction 0.25	hand 0.25	side 0.25	way 0.25
phiá_bên_traí	left 1
phiá_bắc	north 1
phiá_nam	south 1
phiá_trước	front 1
phiá_tây	west 1
phiá_tây_bắc	northwest 1
phiá_tây_nam	southwest 1
phiá_đông_bắc	northeast 1
phiá_đông_nam	southeast 1
phiên	turn 1
phiên_bản	release 0.3333	reproduction 0.3333	version 0.3333
phiên_chuá	prince 0.5	vassal 0.5
phiên_chế	arrange 0.5	organize 0.5
phiên_dịch	translate 1
phiên_hiêụ	number 1
phiên_họp	meeting 0.5	session 0.5
phiên_phiến	cursory 1
phiên_quốc	state 0.5	vassal 0.5
phiên_thuộc	state 0.5	vassal 0.5
phiên_thần	vassal 1
phiên_trấn	border 0.5	territory 0.5
phiên_âm	phonetically 0.5	transcribe 0.5
phiêu_bạt	drift 0.5	wander 0.5
phiêu_diêu	float 1
phiêu_lãng	drift 1
phiêu_lưu	wander 1
phiêú	ballok 0.5	paper 0.25	voting 0.25
phiêú_xuất	out 0.5	tally 0.5
phiếm	aimless 0.25	idle 0.25	indefinite 0.25	unrealistic 0.25
phiếm_aí	philanthropic 1
phiếm_du	ramble 1
phiếm_thần	pantheistic 1
phiếm_định	indifferent 0.5	neutral 0.5
phiến	slab 1
phiến_cách_chữ	space 1
phiến_diện	sided 0.5	unilateral 0.5
phiến_loạn	revolt 0.3333	stir 0.3333	up 0.3333
phiến_quân	insurgent 1
phiến_thạch	schist 1
phiến_động	instigate 0.25	stir 0.25	violence 0.5
phiền	annoy 0.3333	bother 0.3333	disturb 0.3333
phiền_luỵ	inconvenience 0.5	trouble 0.5
phiền_lòng	worry 1
phiền_muộn	sad 0.5	sorrowful 0.5
phiền_naõ	affected 0.3333	broken 0.1667	heart 0.1667	sad 0.3333
phiền_nhiêũ	importune 1
phiền_phức	complicated 0.5	compound 0.5
phiền_toaí	troublesome 1
phiệt_duyệt	family 0.5	great 0.5
phiụ	long 1
phnôm_pênh	penh 0.5	phnom 0.5
pho	set 0.5	unit 0.5
pho_mát	cheese 1
pho_tượng	statude 1
phoi	shavings 1
phom	from 1
phong	bestow 0.3333	confer 0.3333	maple 0.3333
phong_ba	anger 0.25	storm 0.25	vicissitudes 0.5
phong_bao	tip 1
phong_bao_mừng_tuôỉ	envelope 0.5	red 0.5
phong_bì	envelope 1
phong_bế	blockade 1
phong_cuì	leprosy 1
phong_cách	carriage 0.25	gaif 0.25	method 0.25	style 0.25
phong_cách_học	stylistics 1
phong_cảnh	landscape 0.25	lanscape 0.25	scenery 0.25	sight 0.25
phong_cầm	accordion 1
phong_dao	folk 0.5	song 0.5
phong_hoá	customs 0.25	morals 0.25	weather 0.5
phong_hàn	indisposition 1
phong_kiến	feudal 1
phong_kế	anemometer 1
phong_lan	orchid 1
phong_lưu	comfortably 0.25	mannered 0.25	off 0.25	refined 0.25
phong_môi	anemophilous 1
phong_na_uy	maple 0.5	norway 0.5
phong_nguyệt	nature 0.5	pleasure 0.5
phong_nhã	elegant 0.5	fine 0.5
phong_phanh	inadequately 0.5	thinly 0.5
phong_phú	abudent 0.25	abundance 0.25	copious 0.25	rich 0.25
phong_quang	beautiful 0.4167	endowed 0.1667	landscapes 0.1667	looking 0.25
phong_sương	dew 0.25	hardships 0.25	life 0.25	wind 0.25
phong_thanh	hearsay 0.5	rumour 0.5
phong_thaí	attidutde 0.5	manners 0.5
phong_thuỷ	feng 0.25	geomancy 0.5	shui 0.25
phong_thấp	rheumatism 1
phong_thổ	climate 1
phong_toả	blockade 1
phong_traò	movement 1
phong_trần	dust 0.2778	heat 0.1111	life 0.2778	turmoil 0.1667	wind 0.1667
phong_tình	amorous 0.5	erotic 0.5
phong_tư	bearing 0.3333	carriage 0.3333	figure 0.3333
phong_tục	custom 0.6667	tradition 0.3333
phong_vân	clouds 0.1667	favorable 0.1667	luck 0.1667	opportunity 0.1667	piece 0.1667	wind 0.1667
phong_văn	wind 1
phong_vũ_biêủ	barometer 1
phong_vận	elegant 0.5	refined 0.5
phong_vị	charm 0.5	flavour 0.5
phong_điạ	feoff 0.5	fief 0.5
phong_độ	manners 1
photpho	phosphorus 1
phoì	come 0.5	out 0.5
phu	coolie 1
phu_bốc_vác	porter 1
phu_mỏ	miner 1
phu_nhân	mistress 0.5	wife 0.5
phu_phen	bound 0.1667	coolies 0.5	corvee 0.1667	labourers 0.1667
phu_phụ	husband 0.25	man 0.25	wife 0.5
phu_quân	husband 0.5	lord 0.5
phu_thê	husband 0.5	wife 0.5
phu_trạm	postman 1
phu_tử	master 0.5	teacher 0.5
phu_xe	driver 0.5	rickshaw 0.5
phun	belch 0.1667	eject 0.1667	erupt 0.1667	gush 0.1667	spray 0.1667	vomit 0.1667
phun_nước	blow 1
phun_traò	eruptive 1
phung_phá	extravagantly 0.1667	spend 0.1667	squander 0.3333	throw 0.3333
phung_phí	blow 0.3333	squander 0.3333	waste 0.3333
phuy	barrel 0.5	drum 0.5
phuỉ	flick 0.5	off 0.5
phuỉ_ơn	disregard 0.5	favour 0.5
phà	boat 0.1	breathe 0.2	erhale 0.2	ferry 0.3	reek 0.2
phàm	as 0.25	being 0.25	coarse 0.25	philistine 0.25
phàm_lệ	foreword 0.5	introduction 0.5
phàm_nhân	common 0.5	people 0.5
phàm_phu	nan 0.25	ordinary 0.25	person 0.25	vulgar 0.25
phàm_tục	commonplace 0.5	phillistine 0.5
phàm_ăn	coarse 0.5	eater 0.5
phàn_nàn	bemoan 0.3333	carg 0.3333	complain 0.3333
phá	demolish 0.3333	destroy 0.3333	lagoon 0.3333
phá_bĩnh	behave 0.5	killjoy 0.5
phá_bỉnh	act 0.5	blanket 0.25	wet 0.25
phá_bỏ	demolish 0.5	destroy 0.5
phá_cuả	fortune 0.5	ruin 0.5
phá_cách	prosody 0.3333	rule 0.3333	violate 0.3333
phá_gia	family 0.5	ruin 0.5
phá_giá	collapse 0.5	develuate 0.5
phá_giơí	break 0.1667	religious 0.1667	unfrock 0.5	vow 0.1667
phá_haị	min 0.5	ravage 0.5
phá_hoang	break 0.3333	land 0.3333	virgin 0.3333
phá_hoaị	break 0.125	sabotage 0.5	up 0.125	vandalism 0.25
phá_huỷ	annul 0.5	destroy 0.5
phá_kỷ_lục	break 0.5	record 0.5
phá_lệ	break 0.3333	practices 0.3333	traditional 0.3333
phá_ngang	drop 0.5	out 0.5
phá_ngầm	sabotage 0.3333	torpedo 0.3333	undermine 0.3333
phá_phách	devastate 1
phá_quâý	disturb 0.5	harass 0.5
phá_rôí	derange 0.3333	disturb 0.3333	harass 0.3333
phá_rừng	deforestation 1
phá_sập	demolish 0.5	down 0.25	pull 0.25
phá_tan	break 1
phá_thai	abort 0.3333	abortifacient 0.3333	abortion 0.1667	procure 0.1667
phá_trinh	deflower 0.5	deprive 0.25	virginity 0.25
phá_vây	break 0.5	through 0.5
phá_vỡ	break 0.5	through 0.5
phá_xa	nuts 0.3333	pea 0.3333	roast 0.3333
phá_án	quash 0.5	verdict 0.5
phá_đám	sabotage 1
phác	draft 0.5	sketch 0.5
phác_hoạ	outline 0.5	sketch 0.5
phác_thaỏ	out 0.25	outline 0.5	sketch 0.25
phác_thực	frank 0.3333	honest 0.1667	plain 0.1667	sincere 0.3333
phác_tính	approximatively 0.25	calculate 0.25	estimate 0.5
phách	detachable 0.1667	head 0.1667	manner 0.3333	way 0.3333
phách_lôí	haughty 0.5	smiffy 0.5
phán	judge 0.5	order 0.5
phán_baỏ	command 0.5	order 0.5
phán_quyết	decision 0.5	sentence 0.5
phán_sự	clerk 0.5	senior 0.5
phán_truyền	order 1
phán_đoán	judge 1
pháp	france 0.4	franco 0.2	french 0.4
pháp_baỏ	article 0.1111	buddhist 0.2778	devotional 0.1111	effective 0.1667	magic 0.1667	means 0.1667
pháp_chế	law 1
pháp_danh	name 0.5	religious 0.5
pháp_hoá	frenchify 0.5	gallicize 0.5
pháp_học	legislation 1
pháp_luân_công	falun 0.5	gong 0.5
pháp_luật	law 1
pháp_lí	law 0.5	principle 0.5
pháp_lệnh	law 0.375	ordinance 0.5	state 0.125
pháp_lịnh	law 0.3333	ordinances 0.3333	regulations 0.3333
pháp_ngữ	french 0.8333	language 0.1667
pháp_nhân	legal 0.5	man 0.25	person 0.25
pháp_quan	ephor 0.3333	judge 0.3333	magistrate 0.3333
pháp_quy	regulation 0.5	rule 0.5
pháp_quyền	jurisdiction 1
pháp_sư	bonze 0.1667	magician 0.3333	sorcerer 0.3333	venerable 0.1667
pháp_thuật	magic 0.3333	sorcery 0.3333	witchcraft 0.3333
pháp_thuộc	domination 0.5	french 0.5
pháp_trị	law 0.5	rule 0.5
pháp_y_khoa_học	forensic 0.5	science 0.5
phát	clap 0.1667	deliver 0.1667	dispense 0.1667	distribute 0.1667	issue 0.1667	slap 0.1667
phát_ban	break 0.3333	out 0.3333	rash 0.3333
phát_binh	dispatch 0.5	troops 0.5
phát_biêủ	address 0.1667	express 0.1667	formulate 0.1667	said 0.1667	speak 0.1667	speech 0.1667
phát_bóng	sent 0.5	serve 0.5
phát_canh	lant 0.5	rent 0.5
phát_chẩn	alms 0.5	distribute 0.25	relief 0.25
phát_dục	develop 1
phát_giác	discover 0.3333	find 0.1667	out 0.1667	reveal 0.3333
phát_hiện	discover 0.6667	excavate 0.3333
phát_hoả	begin 0.2667	blaze 0.06667	burn 0.1	catch 0.1	fire 0.3	open 0.1	up 0.06667
phát_huy	bring 0.5	play 0.5
phát_hành	emit 0.25	issue 0.25	publish 0.25	release 0.25
phát_kiến	discover 0.6667	discovery 0.3333
phát_maị	auction 0.4444	put 0.2778	sale 0.1667	up 0.1111
phát_minh	discover 0.25	invent 0.5	invention 0.25
phát_nguyên	orginate 0.3333	rise 0.3333	spring 0.3333
phát_ngôn	speak 1
phát_nhiệt	calorific 0.3333	exothermal 0.3333	exothermic 0.3333
phát_phì	excessive 0.3333	put 0.3333	weight 0.3333
phát_quang	luminesce 1
phát_râỹ	clear 0.3333	cultivation 0.3333	trees 0.3333
phát_sinh	originate 0.5	spring 0.5
phát_sáng	photogenic 1
phát_sốt	fever 0.5	run 0.25	temperature 0.25
phát_taì	feather 0.25	nest 0.25	packet 0.5
phát_thanh	broadcast 1
phát_thanh_viên	announcer 1
phát_tiết	apparent 0.3333	appear 0.3333	come 0.1667	out 0.1667
phát_triển	develop 0.5	development 0.1667	expand 0.1667	growth 0.1667
phát_tán	act 0.1667	induce 0.25	substance 0.1667	sudatory 0.1667	sweating 0.25
phát_tích	originally 0.3333	rise 0.3333	up 0.3333
phát_vãng	banish 0.5	exile 0.5
phát_vấn	maieutic 0.5	method 0.5
phát_xuất	originate 0.5	spring 0.5
phát_xít	fascism 0.5	fascist 0.5
phát_âm	enunciate 0.25	pronounce 0.5	pronunciation 0.25
phát_điên	crazy 0.1667	go 0.5	mad 0.1667	nuts 0.1667
phát_điện	electricity 0.25	generate 0.5	power 0.25
phát_đoan	begin 1
phát_đạt	develop 0.5	prosper 0.5
phát_động	mobilize 0.5	motive 0.5
phân	centimeter 0.125	excrements 0.125	feces 0.125	hundredth 0.125	poo 0.125	separate 0.125	share 0.125	stools 0.125
phân_ban	committee 0.1667	department 0.1667	section 0.3333	sub 0.3333
phân_baò	cellular 0.5	division 0.5
phân_biệt	discean 0.5	distinguish 0.5
phân_biệt_giơí_tính	sexism 1
phân_bì	compare 0.5	enviously 0.5
phân_bón	fertilizer 0.5	manure 0.5
phân_bậc	substage 1
phân_bắc	night 0.5	soil 0.5
phân_bố	dispose 0.5	distribute 0.5
phân_bổ	apportion 1
phân_bộ	order 0.5	sub 0.5
phân_chi	subdivision 0.5	subgenus 0.5
phân_chia	divide 0.5	share 0.5
phân_chia_thơì_đaị	periodization 1
phân_chim	guano 1
phân_chuồng	cattle 0.5	manure 0.5
phân_chương_trình	subprogramme 1
phân_chất	analyse 1
phân_cách	seperate 1
phân_công	allot 0.25	assign 0.5	assignment 0.25
phân_cấp	devolve 0.5	levels 0.25	various 0.25
phân_cắt	segment 1
phân_cục	department 0.25	section 0.5	sub 0.25
phân_cực	polarize 1
phân_cực_kế	polarimetre 1
phân_dị	differentiation 1
phân_giaỉ	analyse 0.3333	conciliate 0.3333	mediate 0.3333
phân_giác	bisector 0.5	bisectrix 0.5
phân_giơí	delimit 0.5	demarcate 0.5
phân_hiêụ	branch 0.5	school 0.25	university 0.25
phân_hoá	differentiate 0.5	split 0.5
phân_hoá_học	chemical 0.5	fertilizer 0.5
phân_hôị	association 0.5	branch 0.5
phân_hạch	fission 0.5	nuclear 0.5
phân_hạng	classify 1
phân_hệ	subsystem 1
phân_học	coprology 1
phân_liệt	divide 0.5	split 0.5
phân_loaì	subspecies 1
phân_loaị	classify 0.5	distribute 0.5
phân_loaị_học	systematics 0.5	taxonomy 0.5
phân_ly	divide 0.5	separate 0.5
phân_lân	fertilizer 0.5	phosphat 0.5
phân_lũ	diverge 0.5	freshets 0.5
phân_lập	separate 1
phân_lớp	subclass 1
phân_minh	clear 0.25	cut 0.25	definite 0.5
phân_mục	subdivision 1
phân_ngành	subphylum 1
phân_nhiệm	divide 0.5	responsibility 0.5
phân_nưả	half 1
phân_phát	distribute 0.5	out 0.25	share 0.25
phân_phôí	allocate 0.3333	allot 0.3333	share 0.3333
phân_số	fraction 1
phân_thuỷ	watershed 1
phân_thứ_giơí	infrakingdom 1
phân_tranh	clash 0.5	conflict 0.5
phân_trần	apologetically 0.5	clarigy 0.25	explain 0.25
phân_trộn	compost 1
phân_tâm	minds 0.5	two 0.5
phân_tích	analyse 0.5	dissect 0.5
phân_tử	molecule 0.6667	numerator 0.3333
phân_tử_lượng	molecular 0.5	weight 0.5
phân_vai	cast 1
phân_vân	minds 0.25	two 0.25	undecided 0.25	wavering 0.25
phân_vô_cơ	fertilizer 0.25	fertilizier 0.25	inorganic 0.25	mineral 0.25
phân_vùng	zone 1
phân_xanh	green 0.5	manure 0.5
phân_xử	arbitrate 1
phân_điểm	equinox 1
phân_đôị	section 1
phân_đạm	fertilizer 0.5	nitrogenous 0.5
phân_định	delimit 0.5	fix 0.5
phân_đốt	segmental 0.5	segmented 0.5
phân_ưu	condole 1
phân_ủ	compost 1
phây_phây	buxom 1
phâũ	cylindrical 0.5	pot 0.5
phâũ_thuật	surgery 1
phâũ_thuật_viên	surgeon 1
phâỷ	fan 0.3333	gently 0.3333	off 0.3333
phâỷ_khuẩn	vibrio 1
phè	excessively 1
phè_phỡn	overindulge 1
phèn	alum 1
phèn_chua	alum 1
phèng_la	gong 1
phèng_phèng	gong 0.5	sound 0.5
phép	authorization 0.2	custom 0.2	magic 0.06667	permission 0.2	permit 0.06667	power 0.06667	rule 0.2
phép_chia	division 1
phép_cươí	civil 0.5	marriage 0.5
phép_cộng	addition 1
phép_hoán_dụ	metonymy 1
phép_lành	benediction 1
phép_lạ	miracle 1
phép_mâù	charisma 0.3333	miracle 0.6667
phép_nghỉ	furlough 0.5	leave 0.5
phép_nhà	conduct 0.3333	family's 0.3333	rule 0.3333
phép_nhân	multiplication 1
phép_noí_liụ	slip 0.5	tongue 0.5
phép_noí_traị	spoonerism 1
phép_thuật	sorcery 0.5	witchcraft 0.5
phép_thông_công	communion 1
phép_trị_liêụ	medication 1
phép_trừ	substraction 1
phép_tính	operation 1
phép_tắc	regulation 0.5	rule 0.5
phép_vua	behaviour 0.1667	king's 0.4167	law 0.25	rule 0.1667
phê	comment 0.5	criticize 0.5
phê_bình	comment 0.5	criticize 0.5
phê_chuẩn	confirm 0.5	ratify 0.5
phê_duyệt	approval 0.3333	approve 0.6667
phê_phán	criticize 0.5	review 0.5
phên	wattle 1
phêrô	peter 1
phêù_phaò	sputter 0.5	weakly 0.5
phêũ	funnel 1
phì	blow 0.2	flesh 0.06667	let 0.1	mush 0.06667	out 0.3	puff 0.1	put 0.06667	send 0.1
phì_cươì	burst 0.3333	laughing 0.3333	out 0.3333
phì_nhiêu	fat 0.3333	fertile 0.3333	rich 0.3333
phì_nộn	corpulent 0.5	fat 0.5
phì_phò	blow 0.25	pant 0.5	puff 0.25
phình	swell 1
phình_phình	strum 1
phí	squander 0.5	wast 0.5
phí_baỏ_hiểm	premium 1
phí_phạm	exceptional 0.25	squander 0.25	waste 0.5
phí_tổn	charge 0.5	cost 0.5
phích	card 0.125	flask 0.25	library 0.125	plug 0.25	thermos 0.125	vacuum 0.125
phích_nước	filter 1
phím	digital 0.25	fret 0.25	key 0.5
phím_loan	music 1
phính	plump 1
phò	assist 1
phò_mã	consort 0.5	prince 0.5
phò_tá	act 0.25	aid 0.5	follow 0.25
phòng	avert 0.1111	chamber 0.1111	division 0.2222	hall 0.1111	off 0.05556	prevent 0.1111	room 0.2222	ward 0.05556
phòng_bưu_điện	office 0.5	post 0.5
phòng_bệnh	preventive 0.5	prophylactic 0.5
phòng_bị	against 0.25	precautions 0.25	reserve 0.5
phòng_chống_thiên_tai	disaster 0.5	prevention 0.5
phòng_dịch	exidemy 0.5	preventive 0.5
phòng_giữ	against 0.25	guard 0.25	prevent 0.5
phòng_hoả	fire 0.5	prevention 0.5
phòng_hạn	drought 0.5	prevention 0.5
phòng_học	classroom 1
phòng_hộ	forests 0.5	protective 0.5
phòng_khi	against 0.3333	anticipation 0.3333	case 0.3333
phòng_khách	room 0.5	sitting 0.5
phòng_khám_bệnh	clinic 1
phòng_không	acwal 0.25	air 0.25	defense 0.5
phòng_mạch	surgery 1
phòng_ngưà	prevent 1
phòng_ngủ	bedroom 1
phòng_ngự	defend 1
phòng_nhì	bereau 0.1667	french 0.3333	intelligence 0.1667	second 0.1667	service 0.1667
phòng_thân	preservative 0.25	preserve 0.5	self 0.25
phòng_thí_nghiệm	laboratory 1
phòng_thí_nghiệm_vi	laboratory 1
phòng_thương_maị	chamber 0.5	commerce 0.5
phòng_thủ	defend 1
phòng_trà	room 0.1667	shop 0.1667	tea 0.3333	teahouse 0.3333
phòng_trọ	guest 0.5	room 0.5
phòng_tuyến	defence 0.5	line 0.25	perimeter 0.25
phòng_văn	study 1
phòng_vệ	defend 0.5	protect 0.5
phòng_vệ_sinh	toilet 1
phòng_xa	anticipate 0.5	foresee 0.5
phòng_ăn	dining 0.5	room 0.5
phòng_đơị	room 0.5	waitting 0.5
phòng_đọc	classroom 1
phòng_đọc_sách	library 1
phòng_ốc	dwelling 0.5	house 0.5
phó	deputy 1
phó_bí_thư	deputy 0.5	secretary 0.5
phó_bản	copy 0.5	duplicate 0.5
phó_bảng	doctor 0.5	junior 0.5
phó_chánh_thanh_tra	chief 0.3333	deputy 0.3333	inspector 0.3333
phó_chánh_văn_phòng	chief 0.3333	deputy 0.3333	office 0.3333
phó_chủ_tịch	chairman 0.3333	chairwoman 0.1667	deputy 0.1667	vice 0.3333
phó_chủ_tịch_nước	president 0.5	vice 0.5
phó_cục_trưởng	deputy 0.5	director 0.5
phó_giám_đốc	deputy 0.5	director 0.5
phó_giám_đốc_sở	department 0.3333	deputy 0.3333	director 0.3333
phó_hôị	attend 0.5	meeting 0.5
phó_mát	cheese 1
phó_mặc	completely 0.5	entrust 0.5
phó_ngữ	adverbial 0.5	locution 0.5
phó_phòng	bureau 0.3333	chief 0.3333	deputy 0.3333
phó_sứ	assitant 0.25	deputy 0.25	envoy 0.25	resident 0.25
phó_thác	confide 0.3333	entrust 0.3333	trust 0.3333
phó_thương_hàn	paratyphoid 1
phó_thủ_tướng	deputy 0.3333	minister 0.3333	prime 0.3333
phó_tiến_sĩ	master 1
phó_trưởng_ban	deputy 0.5	head 0.5
phó_trưởng_phòng	deputy 0.3333	division 0.3333	head 0.3333
phó_tế	deacon 1
phó_từ	adverb 1
phó_văn_phòng	chief 0.3333	deputy 0.3333	scretariat 0.3333
phó_vương	viceroy 1
phóc	bound 1
phóng	launch 0.3333	let 0.1667	out 0.1667	throw 0.3333
phóng_bút	impluse 0.5	write 0.5
phóng_hoả	fire 0.5	set 0.5
phóng_khoáng	broad 0.25	liberal 0.5	minded 0.25
phóng_lãng	dissipated 0.3333	dissolute 0.3333	loose 0.3333
phóng_phaó	bomber 1
phóng_sinh	free 0.1667	leave 0.1667	neglect 0.3333	set 0.1667	uncared 0.1667
phóng_sự	reportage 1
phóng_tay	recklessly 1
phóng_thanh	broadcast 0.5	loudspeaker 0.5
phóng_thích	discharge 0.3333	free 0.3333	liberate 0.3333
phóng_tinh	ejaculate 1
phóng_túng	abandon 0.25	loose 0.25	running 0.125	wild 0.375
phóng_uế	defecate 1
phóng_viên	correspondent 0.5	reporter 0.5
phóng_xạ	active 0.25	radiation 0.5	radio 0.25
phóng_đaị	enlarge 0.3333	exaggerate 0.3333	magnify 0.3333
phóng_điện	discharge 0.5	electric 0.5
phóng_đãng	abandoned 0.3333	debauched 0.3333	dissolute 0.3333
phót	swift 1
phô	off 0.5	show 0.5
phô_baỳ	display 0.3333	exhibit 0.3333	show 0.3333
phô_diễn	express 1
phô_ma	cheese 1
phô_mai	cheese 1
phô_trương	display 0.5	off 0.25	show 0.25
phôi	draft 0.25	embryo 0.5	rough 0.25
phôi_pha	fade 0.3333	wilt 0.3333	wither 0.3333
phôi_sinh_học	embrology 1
phôi_thai	embryo 1
phôm_phốp	buxom 0.5	plump 0.5
phông	back 0.1	background 0.2	cloth 0.1	font 0.2	scene 0.2	scenery 0.2
phông_chữ	font 1
phôtphó	phosphorus 1
phôí_cảnh	perspective 1
phôí_hợp	co 0.1	combine 0.2	cooperate 0.2	cooperation 0.2	coordinate 0.2	ordinate 0.1
phôí_nhạc	instrument 1
phôí_trí	arrange 1
phôí_tử	ligand 1
phôỉ	lung 1
phù	blow 0.125	charm 0.125	like 0.04167	oedema 0.2292	oedematous 0.125	puff 0.125	puffed 0.0625	spell 0.125	swell 0.04167
phù_du	ephemera 0.3333	ramble 0.3333	stroll 0.3333
phù_dung	cotton 0.08333	fair 0.5	hibiscus 0.08333	lady 0.125	maid 0.125	rose 0.08333
phù_dâu	act 0.25	bridesmaid 0.75
phù_hiêụ	badge 1
phù_hoa	gaudy 0.3333	pompous 0.3333	show 0.3333
phù_hộ	support 1
phù_hợp	accord 0.3333	agree 0.3333	tally 0.3333
phù_kế	areometer 1
phù_phiếm	uncertain 0.5	unpractical 0.5
phù_phép	incantation 0.5	magic 0.5
phù_phù	blow 1
phù_rể	act 0.3333	best 0.3333	man 0.3333
phù_rễ	bestman 1
phù_sa	alluvium 1
phù_thuỷ	magician 0.6667	sorcerer 0.3333
phù_thũng	oedema 1
phù_trì	assist 0.5	preserve 0.5
phù_trầm	downs 0.1667	full 0.4167	ups 0.1667	vicissitudes 0.25
phù_tá	assit 0.5	support 0.5
phù_voi	elephantiasis 1
phù_vân	cloud 0.25	drifting 0.25	thing 0.25	transient 0.25
phù_điêu	embossment 0.3333	relief 0.3333	relievo 0.3333
phùng	bloat 0.5	swell 0.5
phú	dissectation 0.1667	endow 0.5	prose 0.1667	rythmic 0.1667
phú_bẩm	inborn 0.5	innate 0.5
phú_cường	poweful 0.5	prosperous 0.5
phú_gia	family 0.5	rich 0.5
phú_lục	prose 0.5	rhymed 0.5
phú_nông	farmer 0.25	kulak 0.5	rich 0.25
phú_quí	noble 0.5	rich 0.5
phú_quý	high 0.3333	placed 0.3333	wealth 0.3333
phú_thương	beriberi 0.5	merchant 0.25	rich 0.25
phú_ông	man 0.5	rich 0.5
phúc	fortune 0.1667	good 0.1667	happiness 0.6667
phúc_châu	fuzhou 1
phúc_hâụ	gentle 0.25	hearted 0.25	kind 0.25	upright 0.25
phúc_khaỏ	check 0.3333	examination 0.3333	papers 0.3333
phúc_kiến	fujian 1
phúc_lành	benediciton 0.5	blessing 0.5
phúc_lơị	welfare 1
phúc_lộc	happiness 0.5	wealth 0.5
phúc_mạc	peritonaeum 1
phúc_trình	report 1
phúc_án	review 0.5	sentence 0.5
phúc_âm	answer 0.3333	gospel 0.3333	reply 0.3333
phúc_đáp	answer 0.5	reply 0.5
phúc_đức	blessing 1
phúng_dụ	allegory 1
phúng_phính	chubby 1
phút	minute 0.6667	moment 0.3333
phút_lầm_lạc	aberration 1
phút_đâù	all 0.25	next 0.25	sudden 0.25	time 0.25
phăm_phăm	impetuous 0.5	truculent 0.5
phăm_phắp	coordination 0.5	perfect 0.5
phăng	definite 0.2	fantasia 0.2	immediate 0.2	instant 0.2	neat 0.2
phăng_teo	done 0.3333	joker 0.3333	kaput 0.3333
phĩnh	bloated 0.5	oedematous 0.5
phĩnh_bụng	belly 0.5	swollen 0.5
phũ	coarse 0.5	violent 0.5
phũ_phàng	harsh 0.5	ruthless 0.5
phơ	snowy 1
phơi	dry 0.5	sun 0.5
phơi_aó	defeated 1
phơi_baỳ	expose 1
phơi_nắng	expose 0.25	play 0.25	sun 0.5
phơi_phơí	excited 0.25	slightly 0.25	softly 0.25	stimulated 0.25
phơí	leave 0.5	quickly 0.5
phưng_tây	west 1
phưá	indiscriminately 0.5	senselessly 0.5
phương	direction 0.25	means 0.25	method 0.25	way 0.25
phương_bắc	arctic 1
phương_chi	all 0.5	more 0.5
phương_châm	guideline 0.5	line 0.5
phương_cách	means 0.5	ways 0.5
phương_danh	good 0.5	name 0.25	reputation 0.25
phương_diện	aspect 0.5	bearing 0.5
phương_haị	harm 0.5	prejudice 0.5
phương_hướng	direction 0.6667	line 0.3333
phương_kế	means 1
phương_ngôn	dialect 0.5	local 0.25	saying 0.25
phương_ngữ	dialect 1
phương_phi	buxom 0.5	portly 0.5
phương_pháp	experient 0.3333	method 0.3333	system 0.3333
phương_sách	method 0.5	way 0.5
phương_thuốc	prescription 0.5	remedy 0.5
phương_thức	procedure 1
phương_tiện	mass 0.25	means 0.5	media 0.25
phương_trình	equation 1
phương_trưởng	age 1
phương_trượng	cell 1
phương_tây	occident 0.3333	west 0.6667
phương_viên	exellent 0.5	perfect 0.5
phương_vị	azimuth 1
phương_án	option 0.2	plan 0.2	project 0.2	scheme 0.2	solution 0.2
phương_đông	east 0.3333	orient 0.6667
phươụ	fabricate 0.5	invent 0.5
phướn	buddhist 0.5	pennon 0.5
phướng	feeding 0.25	manger 0.5	trough 0.25
phường	ang 0.1667	giuld 0.1667	group 0.1667	ward 0.5
phường_hôị	guild 0.5	handicrafts 0.5
phưỡn	distend 0.5	swell 0.5
phượng	male 0.5	phoenix 0.5
phượng_hoàng	phoenix 1
phạm	commit 0.3333	contravene 0.3333	offend 0.3333
phạm_huý	names 0.3333	profane 0.3333	tabooed 0.3333
phạm_nhân	criminal 0.5	culprit 0.5
phạm_pháp	break 0.5	law 0.5
phạm_quy	break 0.3333	examination 0.3333	regulations 0.3333
phạm_thượng	irreverence 0.3333	show 0.3333	superiors 0.3333
phạm_trù	category 1
phạm_tôị	sin 1
phạm_vi	domain 0.5	sphere 0.5
phạn	cooked 0.3333	pot 0.3333	rice 0.3333
phạn_học	sanskritism 1
phạn_ngữ	sanskrit 1
phạn_điếm	eating 0.5	house 0.5
phạng	big 0.3333	jungle 0.3333	knife 0.3333
phạt	book 0.1667	cut 0.08333	down 0.08333	fine 0.1667	penalize 0.1667	punish 0.3333
phạt_giam	custody 0.3333	punish 0.3333	terms 0.3333
phạt_góc	corner 1
phạt_mộc	begin 0.3333	felling 0.3333	timber 0.3333
phạt_tù	imprisonment 0.3333	punish 0.3333	terms 0.3333
phạt_vi_cảnh	common 0.3333	fine 0.3333	nuisance 0.3333
phạt_vạ	fine 0.75	punish 0.25
phạt_đền	penalty 1
phả	breath 0.5	reek 0.5
phả_hệ	genealogy 1
phả_hệ_học	genealogy 1
phản	bed 0.3333	betray 0.3333	camp 0.1667	plank 0.1667
phản_bôị	betray 1
phản_chiêú	reflect 1
phản_chiến	anti 0.5	war 0.5
phản_công	attack 0.5	counter 0.5
phản_dân_chủ	anti 0.5	democratic 0.5
phản_gián	counterintelligence 1
phản_nghịch	rebellious 1
phản_vật_chất	antimatter 1
phản_xạ	reflect 1
phản_ánh	ingorm 0.1667	recount 0.3333	reglect 0.3333	tell 0.1667
phản_đôí	against 0.2	except 0.2	object 0.4	oppose 0.2
phản_đề	antithesis 1
phản_động	react 1
phản_ứng	react 0.3333	reaction 0.6667
phản_ứng_hoá_học	chemical 0.5	reaction 0.5
phảng_phất	air 0.125	dim 0.25	float 0.125	vague 0.25	waft 0.25
phấn	chalk 0.2	cholk 0.2	flour 0.4	powder 0.2
phấn_chấn	cheerful 0.25	feel 0.25	high 0.25	spirits 0.25
phấn_hoa	anther 0.5	dust 0.5
phấn_khơỉ	encouraged 0.5	excited 0.5
phấn_nộ	lose 0.5	temper 0.5
phấn_rôm	powder 0.5	talcum 0.5
phấn_son	face 0.3333	lipstick 0.3333	powder 0.3333
phấn_sáp	beauty 0.1667	cosmetics 0.3333	preparations 0.1667	up 0.3333
phấn_trần	duster 0.5	feather 0.5
phấn_đâú	contard 0.3333	strive 0.3333	struggle 0.3333
phấp_phơí	flutter 0.5	wave 0.5
phấp_phỏng	anxious 0.25	suspense 0.25	tenterhooks 0.5
phất	agitate 0.5	wave 0.5
phất_phơ	float 0.5	wave 0.5
phần	part 0.4	portion 0.4	share 0.2
phần_chín	ninth 1
phần_hồn	spiritual 1
phần_lan	finland 1
phần_lớn	greates 0.25	most 0.5	part 0.25
phần_mềm	software 1
phần_mềm_gián_điệp	spyware 1
phần_mộ	grave 1
phần_naò	certain 0.25	degree 0.25	extent 0.25	some 0.25
phần_nhiêù	greatest 0.25	most 0.5	part 0.25
phần_nhịp_điêụ	rhythm 0.5	section 0.5
phần_phật	flapping 0.25	flipflap 0.5	noise 0.25
phần_thưởng	prize 0.5	recompense 0.5
phần_trăm	cent 0.3	per 0.1	percent 0.4	percentage 0.2
phần_tử	element 1
phần_tử_phát_xít	fascist 1
phần_tử_tích_cực	activist 1
phần_việc	job 0.5	responsibility 0.5
phần_đâù	beginning 1
phần_đông	greatest 0.3333	most 0.3333	part 0.3333
phẩm	dye 1
phẩm_chất	quality 1
phẩm_cách	dignity 0.5	human 0.25	personal 0.25
phẩm_cấp	mandarins 0.5	ranks 0.5
phẩm_giá	dignity 1
phẩm_hàm	grades 0.5	mandarins 0.5
phẩm_hạnh	behaviour 0.3333	conduct 0.3333	dignity 0.3333
phẩm_loaị	grade 1
phẩm_phục	attire 0.3333	grade 0.3333	mandarins 0.3333
phẩm_trật	mandarins 0.5	ranks 0.5
phẩm_tước	dignity 0.5	mandarins 0.25	titles 0.25
phẩm_vật	article 0.5	product 0.5
phẩm_đề	appreciation 0.3333	down 0.3333	write 0.3333
phẩn	excrements 0.5	faeces 0.5
phẫn	lid 0.5	shade 0.5
phẫn_chí	angered 0.25	bitterly 0.25	disappointed 0.25	disappointment 0.25
phẫn_nộ	indignant 1
phẫn_uất	anger 0.1667	choke 0.25	foam 0.1667	indignation 0.25	silent 0.1667
phận	place 0.2	position 0.2	rank 0.2	station 0.2	status 0.2
phận_bạc	lot 0.25	misfortune 0.5	unhappy 0.25
phận_bồ	condition 0.3333	sex 0.3333	weaker 0.3333
phận_sự	duty 0.5	obligation 0.5
phập	deeply 1
phập_phồng	heave 0.5	throb 0.5
phật	buddha 0.6667	buddhist 0.3333
phật_bà	bodhisattva 0.3333	kwan 0.3333	yin 0.3333
phật_giaó	buddhism 0.6667	buddhist 0.3333
phật_học	buddhology 1
phật_lòng	vex 0.5	vexed 0.5
phật_lăng	franc 1
phật_sơn	foshan 1
phật_sống	dalai 0.25	grand 0.25	lama 0.5
phật_thủ	buddha's 0.3333	citron 0.1667	finger 0.1667	hand 0.3333
phật_tổ	buddha 0.5	gautama 0.5
phật_ý	vex 0.5	vexed 0.5
phật_đaì	altar 0.5	buddha's 0.5
phật_đường	pagoda 1
phật_đản	birthday 0.25	buddha's 0.25	vesak 0.5
phắc	grave 0.5	like 0.5
phắt	pat 1
phẳng	even 0.1667	flat 0.3333	level 0.1667	plane 0.3333
phẳng_lì	glass 0.5	smooth 0.5
phẳng_lặng	calm 0.3333	quiet 0.3333	uneventful 0.3333
phẳng_phiu	neat 0.5	smooth 0.5
phẳng_phắn	even 0.5	smooth 0.5
phẹt	filthily 0.25	involimtarily 0.25	soil 0.25	spit 0.25
phế	depose 0.3333	dethrone 0.3333	discrown 0.3333
phế_binh	invalid 0.5	war 0.5
phế_bỏ	abolish 0.5	nullify 0.5
phế_câù_khuẩn	pneumococus 1
phế_liêụ	scrap 0.5	waste 0.5
phế_nang	alveolus 1
phế_nhân	disabled 0.25	invalid 0.5	person 0.25
phế_nô	aboliton 0.5	slavery 0.5
phế_phẩm	product 0.25	substandard 0.25	waste 0.5
phế_quản	bronchus 1
phế_thaỉ	waste 1
phế_truất	depose 1
phế_tích	ruins 1
phế_viêm	pneumonia 1
phế_vật	material 0.25	refuse 0.5	waste 0.25
phế_vị	pneumogastric 1
phế_đế	deposed 0.5	king 0.5
phếch	bleached 0.5	freshness 0.25	losing 0.25
phết	daub 0.3333	spank 0.3333	spread 0.3333
phềnh	swell 1
phễn	beat 1
phệ	bellied 0.1667	fat 0.3333	obese 0.3333	pot 0.1667
phệ_bụng	bellied 0.5	pot 0.5
phệ_nệ	corpulent 1
phệnh	bellied 0.1111	dumpy 0.3333	pot 0.1111	squat 0.3333	statue 0.1111
phệt	plump 1
phỉ	bandit 0.5	spit 0.5
phỉ_báng	defame 0.5	slander 0.5
phỉ_chí	satified 1
phỉ_dạ	content 0.5	heart's 0.5
phỉ_nguyền	aspirations 0.25	fulfil 0.25	realize 0.25	wishes 0.25
phỉ_nhổ	spit 0.75	up 0.25
phỉ_phong	gentility 0.5	shabby 0.5
phỉnh	blandish 0.5	coax 0.5
phỉnh_gạt	cheat 0.3333	deceive 0.3333	dupe 0.3333
phỉnh_muĩ	feel 0.5	flattered 0.5
phỉnh_nịnh	toady 1
phỉnh_phờ	coax 1
phị	bloated 1
phịch	thud 1
phọt	spirt 0.3333	spout 0.3333	spurt 0.3333
phỏng	burnt 0.25	copy 0.25	imitate 0.25	scalded 0.25
phỏng_chừng	about 0.5	approximately 0.5
phỏng_dịch	free 0.25	rough 0.25	translation 0.5
phỏng_sinh_học	bionics 1
phỏng_tác	adapt 1
phỏng_tính	calculate 0.25	estimate 0.5	roughly 0.25
phỏng_vấn	interiew 1
phỏng_đoán	conjecture 0.3333	guess 0.6667
phố	apartment 0.2	city 0.2	house 0.2	street 0.4
phố_ngươì_hoa	chinatown 1
phố_phường	district 0.25	street 0.75
phố_xá	streets 1
phốc	forceful 0.5	strong 0.5
phốp	immaculately 0.5	spotlessly 0.5
phốp_pháp	plump 0.5	stout 0.5
phồn_hoa	gaudy 0.5	noisy 0.5
phồn_thể_tự	chinese 0.5	traditional 0.5
phồn_thịnh	thriving 1
phồn_vinh	prosperous 1
phồng	bloat 0.5	swell 0.5
phổ	set 0.5	spectrum 0.5
phổ_biến	common 0.2	diffuse 0.2	disseminate 0.2	popular 0.2	spread 0.2
phổ_cập	compulsory 0.1	everyone 0.1	generalize 0.2	popular 0.2	universalize 0.2	widesread 0.2
phổ_hệ	genealogy 1
phổ_hệ_học	genealogy 1
phổ_quát	spectrometer 1
phổ_thông	common 0.5	general 0.25	universal 0.25
phổ_thông_thoaị	putonghua 1
phổ_thông_đâù_phiêú	suffrage 0.5	universal 0.5
phổ_độ	perform 0.3333	salvation 0.3333	universal 0.3333
phổng_phao	flesh 0.5	put 0.5
phỗng	earthen 0.1667	statue 0.1667	steal 0.25	thunder 0.25	toy 0.1667
phớ	douhua 1
phớt	deaf 0.04167	ear 0.04167	felt 0.125	graze 0.125	ignore 0.125	light 0.125	lightly 0.1042	pale 0.125	passing 0.04167	scrape 0.04167	touch 0.0625	turn 0.04167
phờ	haggard 1
phở	noodle 0.25	pho 0.5	soup 0.25
phụ	aid 0.2	assist 0.2	assitant 0.2	auxiliary 0.2	help 0.2
phụ_bạc	betray 1
phụ_bản	supplement 1
phụ_chánh	regent 1
phụ_chú	annotate 1
phụ_cấp	allowance 1
phụ_cận	adjacent 0.5	surrounding 0.5
phụ_danh	patronymic 1
phụ_dịch	comtant 0.3333	now 0.3333	service 0.3333
phụ_gia	additive 0.5	adjuvant 0.5
phụ_giaó	assitant 1
phụ_giảng	assitant 0.5	lecturer 0.5
phụ_hoàng	father 0.5	king 0.5
phụ_hoạ	chime 1
phụ_huynh	brother 0.3333	elder 0.3333	father 0.3333
phụ_hệ	descent 0.3333	line 0.3333	patenal 0.3333
phụ_khoa	gynaecology 1
phụ_khuyết	complementary 1
phụ_kiện_đính_kèm	accessory 1
phụ_laí	driver's 0.5	mate 0.5
phụ_laõ	elder 0.3333	elderly 0.3333	people 0.1667	person 0.1667
phụ_lục	appendix 1
phụ_lực	assist 0.5	help 0.5
phụ_mâũ	parents 1
phụ_nghiã	thankless 0.3333	unfaithful 0.3333	ungrateful 0.3333
phụ_nhân	woman 1
phụ_nữ	woman 1
phụ_phí	additional 0.25	fee 0.5	supplementary 0.25
phụ_phẩm	product 1
phụ_quyền	authority 0.5	paternal 0.5
phụ_taỉ	additional 0.5	charge 0.5
phụ_thu	additionally 0.5	levied 0.5
phụ_thuộc	depend 1
phụ_thân	dad 0.5	father 0.5
phụ_thẩm	assessor 0.5	juror 0.5
phụ_trách	charge 0.5	undertake 0.5
phụ_trương	supplement 1
phụ_trợ	auxiliary 1
phụ_tá	aid 0.3333	assistant 0.3333	second 0.3333
phụ_tình	lorn 0.25	love 0.25	unfaithful 0.5
phụ_tùng	accessories 0.5	parts 0.25	spare 0.25
phụ_tố	affix 1
phụ_từ	adjunct 1
phụ_tử	aconite 0.5	father 0.25	son 0.25
phụ_âm	consonant 1
phụ_đaọ	class 0.3333	extra 0.3333	help 0.3333
phụ_đính	insert 1
phụ_đề	subtitle 1
phụ_động	coccasional 0.5	supernumerary 0.5
phụ_ơn	ungrateful 1
phụ_ước	agreement 0.5	break 0.5
phục	admire 0.5	esteem 0.5
phục_binh	ambush 0.5	lying 0.1667	troops 0.1667	wait 0.1667
phục_chế	restore 1
phục_chức	reinstate 0.5	restore 0.5
phục_cổ	old 0.3333	restore 0.3333	what 0.3333
phục_dược	medicines 1
phục_dịch	serve 1
phục_hoạt	rectivate 1
phục_hôì	restore 1
phục_hưng	former 0.1667	prosperity 0.1667	rehabilitate 0.5	restore 0.1667
phục_kích	ambush 0.75	lie 0.25
phục_lăn	admiration 0.25	hat 0.25	off 0.25	transported 0.25
phục_mệnh	execution 0.3333	orders 0.3333	report 0.3333
phục_nguyên	restore 1
phục_phịch	big 0.25	fat 0.25	lumpish 0.5
phục_quốc	country 0.3333	independence 0.3333	recover 0.3333
phục_sinh	easter 0.3333	resuscitate 0.3333	revire 0.3333
phục_sức	adornments 0.5	raiment 0.5
phục_thiện	listen 0.5	reason 0.5
phục_thuốc	medicine 1
phục_thù	avenge 0.5	revenge 0.5
phục_trang	costume 1
phục_tráng	revigorate 1
phục_tôị	accept 0.25	punishment 0.25	up 0.5
phục_tùng	comply 0.5	submit 0.5
phục_viên	ddemobilize 0.5	troops 0.5
phục_vụ	serve 1
phụng	obey 0.3333	phoenix 0.3333	serve 0.3333
phụng_chỉ	comply 0.3333	ordinance 0.3333	royal 0.3333
phụng_dưỡng	maintain 0.5	support 0.5
phụng_mệnh	above 0.3333	comply 0.3333	orders 0.3333
phụng_phiụ	coddle 0.5	humoured 0.25	want 0.25
phụng_sự	attend 1
phụng_thờ	worship 1
phụt	eject 0.2	fast 0.1	gush 0.2	jet 0.2	spout 0.2	strongly 0.1
phủ	cover 0.25	overlay 0.25	palace 0.25	residence 0.25
phủ_chính	correct 0.5	revise 0.5
phủ_dụ	placate 0.5	snoothe 0.5
phủ_nhận	contradict 0.3333	deny 0.3333	negate 0.3333
phủ_phục	kowtow 0.5	low 0.5
phủ_quyết	against 0.25	veto 0.5	vote 0.25
phủ_sơn	busan 1
phủ_thuận	fushun 1
phủ_tạng	innards 1
phủ_việt	axe 0.1667	big 0.1667	corporeal 0.1667	hammer 0.1667	implement 0.1667	punishment 0.1667
phủ_đâù	premonitory 0.5	preventive 0.5
phủ_đệ	palace 1
phủ_định	negative 1
phức	very 1
phức_chất	complex 0.5	substances 0.5
phức_cảm	complex 1
phức_cảm_tự_ti	complex 0.5	inferiority 0.5
phức_hệ	complex 1
phức_tạp	complicated 0.5	compound 0.25	intricate 0.25
phức_tạp_hoá	complicate 1
phừng_phừng	flame 0.5	glow 0.5
phựt	crack 0.5	snap 0.5
pi	pi 1
pin	battery 0.6667	cell 0.3333
platin	platinum 1
plutoni	plutonium 1
podgorica	podgorica 1
poloni	polonium 1
polyetylen	polyethylene 1
port_moresby	moresby 0.5	port 0.5
praha	prague 1
prazeođim	praseodymium 1
prometi	promethium 1
protactini	protactinium 1
proton	proton 1
puducherry	puducherry 1
pytago	pythagoras 1
pê	pee 1
pê_ni_xi_lin	penicillin 1
pê_đan	pedal 1
pê_đê	fag 1
pô	shot 1
pờ	pee 1
qh	assembly 0.5	national 0.5
qua	away 0.08333	by 0.3333	gone 0.1667	hyper 0.1667	last 0.1667	pass 0.08333
qua_chuyện	form's 0.25	perfunctorily 0.5	sake 0.25
qua_chỗ_naò	somewhere 1
qua_câù	experiences 0.5	go 0.25	through 0.25
qua_laị	mutual 0.5	reciprocal 0.5
qua_loa	summarily 1
qua_lân	form's 0.3333	mere 0.3333	sake 0.3333
qua_lưả_than	charcoal 1
qua_lọc	filterable 1
qua_mâu	pike 0.5	spear 0.5
qua_mặt	ignore 1
qua_ngaỳ	kill 0.5	time 0.5
qua_quít	perfunetorily 1
qua_đơì	away 0.5	pass 0.5
qua_đường	passer 1
quai	beat 0.25	fetch 0.25	handle 0.25	hit 0.25
quai_bị	mumps 0.5	parotitis 0.5
quai_cheò	oar 0.5	strap 0.5
quai_hàm	jaw 1
quai_mồm	drawl 0.3333	loud 0.3333	mouthedly 0.3333
quai_xanh	clavicle 1
quan_hệ	affect 0.1429	concern 0.1429	correlate 0.1429	relations 0.1429	relationship 0.2857	ties 0.1429
quan_hệ_tình_dục	shag 1
quan_niệm	concept 0.25	conception 0.5	idea 0.25
quan_sát	observe 1
quan_taì	coffin 1
quan_thoaị	mandarin 1
quan_thoaị_chuẩn	mandarin 1
quan_thế_âm	guanyin 1
quan_toà	judge 1
quan_trọng	chief 0.1429	grave 0.1429	important 0.4286	main 0.1429	significant 0.1429
quan_âm	guanyin 1
quan_điểm	angle 0.25	point 0.125	sentiment 0.25	stance 0.25	view 0.125
quang	clear 0.5	hanger 0.5
quang_cảnh	scene 0.5	sight 0.5
quang_học	optical 0.3333	optics 0.6667
quang_hợp	photosynthesis 1
quang_minh	open 1
quang_phổ	spectrum 1
quang_sai	aberration 1
quang_tuyến	ray 1
quang_vinh	glorious 1
quang_đãng	clear 0.5	exposed 0.1667	spacious 0.1667	well 0.1667
quanh	round 0.5	roundabout 0.5
quanh_co	full 0.1667	meandering 0.5	tortuous 0.1667	turns 0.1667
quanh_năm	round 0.5	year 0.5
quanh_quất	about 0.3333	here 0.3333	round 0.3333
quanh_quẩn	about 0.3333	devious 0.3333	hang 0.3333
quanh_quẩn_đây_đó	about 1
quark_lạ	quark 0.5	strange 0.5
quay	back 0.08333	reverse 0.1667	revolve 0.1667	swivel 0.1667	turn 0.25	whirl 0.1667
quay_cuồng	whirl 1
quay_cóp	copy 0.5	crib 0.5
quay_giaó	against 0.3333	arms 0.3333	turn 0.3333
quay_gót	heels 0.5	turn 0.5
quay_laị	back 0.1667	come 0.1667	return 0.3333	round 0.1667	turn 0.1667
quay_lơ	dead 0.5	faint 0.5
quay_lưng	back 0.5	turn 0.5
quay_ngoắt	round 0.5	turn 0.5
quay_phim	film 0.5	record 0.5
quay_quắt	deceitful 0.3333	devious 0.3333	false 0.3333
quay_tít	like 0.3333	teetotum 0.3333	turn 0.3333
quay_vòng	capital 0.5	turnover 0.5
quay_đi	away 0.25	back 0.25	turn 0.5
quay_đơ	dead 0.5	faint 0.5
quaì	out 0.5	stretch 0.5
quaí	all 0.125	freak 0.125	freakish 0.125	how 0.1875	mischievous 0.125	monster 0.125	odd 0.0625	strange 0.0625	unusual 0.0625
quaí_dị	monstrous 0.3333	pecular 0.3333	strange 0.3333
quaí_gì_vâỵ	fuck 0.5	what 0.5
quaí_gở	odd 0.3333	strange 0.3333	unusual 0.3333
quaí_lạ	how 0.25	strange 0.75
quaí_thai	abortion 0.3333	monster 0.3333	monstrosity 0.3333
quaí_vật	abnormality 0.5	monster 0.5
quaí_ác	diabolic 1
quaí_đản	fantastic 1
quaò	scratch 1
quaỉ	spread 1
quaỳ	return 0.5	turn 0.5
que	stick 1
que_chỉ	pointer 1
que_chọc_lò	fire 0.5	irons 0.5
que_cơì	poker 1
que_diêm	matchstick 1
que_hàn	soldering 0.5	stick 0.5
que_đan	knitting 0.5	needle 0.5
que_đun_nước	heater 0.5	sulmersion 0.5
quen	acquainted 0.3333	familia 0.3333	used 0.3333
quen_biết	acquainted 1
quen_hơi	attached 1
quen_lệ	fall 0.5	habit 0.5
quen_mui	force 0.3333	habit 0.3333	relapse 0.3333
quen_nết	bad 0.5	habit 0.5
quen_tay	skilled 1
quen_thoí	habit 1
quen_thuộc	acquaintance 0.1667	acquainted 0.1667	familiar 0.3333	long 0.1667	old 0.1667
quen_thân	inveterate 1
queo	bent 0.5	twisted 0.5
queò	hook 0.5	reach 0.1667	trip 0.1667	up 0.1667
queó	bachang 0.5	mango 0.5
queọ	turn 1
queọ_cọ	distorted 0.25	fishy 0.25	twisted 0.25	underlanded 0.25
qui	recognize 0.3333	state 0.3333	tortoise 0.3333
qui_chế	regulation 0.5	statute 0.5
qui_mô	demension 0.25	large 0.125	scale 0.375	size 0.25
qui_trình	process 1
qui_tắc	rule 1
qui_định	degine 0.5	stipulate 0.5
qui_ước	agree 0.5	consent 0.5
quidditch	quidditch 1
quy	ashweed 0.1429	bring 0.07143	converge 0.1429	convert 0.1429	cue 0.1429	recognize 0.1429	state 0.1429	together 0.07143
quy_bản	shell 0.5	tortoise's 0.5
quy_chiêú	reference 0.5	system 0.5
quy_cách	mode 0.25	procedure 0.25	recipe 0.25	standard 0.25
quy_cách_hoá	standardize 1
quy_công	attribute 0.25	credit 0.25	service 0.5
quy_củ	method 0.5	methodical 0.1667	style 0.1667	work 0.1667
quy_hoạch	master 0.1	plan 0.1	planning 0.2	projet 0.2	scheme 0.2	zoning 0.2
quy_hàng	bow 0.3333	capitulate 0.3333	surrender 0.3333
quy_luật	law 0.5	rule 0.5
quy_mô	dimension 0.25	large 0.125	scale 0.375	size 0.25
quy_tắc	rule 1
quy_đâù	glans 0.75	penis 0.25
quy_ước	agree 0.125	consent 0.375	convention 0.375	establish 0.125
quyên	collection 0.3333	hen 0.1667	subseribe 0.3333	swamp 0.1667
quyên_góp	raise 0.25	subscribe 0.5	subscription 0.25
quyên_sinh	life 0.5	own 0.5
quyến_dỗ	entice 0.5	seduce 0.5
quyến_luyến	attach 1
quyến_rũ	attract 0.5	seduce 0.5
quyến_thuộc	parents 0.5	relatives 0.5
quyết	decide 0.5	determine 0.5
quyết_chiến	battle 0.5	decisive 0.5
quyết_chí	mind 0.5	set 0.5
quyết_liệt	drastic 1
quyết_nghị	resolution 0.5	resolve 0.5
quyết_nhiên	decidedly 1
quyết_thắng	mind 0.3333	set 0.3333	victory 0.3333
quyết_toán	balancesheet 0.5	draw 0.5
quyết_tâm	decisive 0.5	determined 0.5
quyết_ý	mind 0.5	set 0.5
quyết_đoán	appraise 0.5	certainty 0.5
quyết_định	decide 0.375	decision 0.375	determine 0.125	resolve 0.125
quyết_định_luận	determinism 1
quyền	acting 0.1429	ad 0.07143	boxing 0.1429	hand 0.1429	interim 0.07143	power 0.1429	right 0.2857
quyền_anh	boxing 1
quyền_biến	aptly 0.3333	deal 0.3333	emergences 0.1667	emergencies 0.1667
quyền_bính	influence 0.5	power 0.5
quyền_công_dân	citizenship 1
quyền_cước	kickboxing 1
quyền_hành	authority 0.3333	hand 0.3333	power 0.3333
quyền_hạn	authority 0.5	power 0.5
quyền_lơị	benefits 0.2	interest 0.2	interests 0.2	right 0.2	rights 0.2
quyền_lực	ingluence 0.5	power 0.5
quyền_môn	circle 0.5	influential 0.5
quyền_nghi	adapt 0.5	circumstances 0.5
quyền_năng	capacity 0.5	juridical 0.5
quyền_quý	fashion 0.5	rank 0.5
quyền_sở_hưũ	property 1
quyền_thuật	boxing 1
quyền_thần	courtier 0.3333	power 0.3333	usurping 0.3333
quyền_thế	authority 0.5	influence 0.5
quyền_uy	authority 0.5	power 0.5
quyển	book 0.4	roll 0.2	tome 0.2	volume 0.2
quyển_chuyện	story 1
quyển_sách	book 1
quyển_từ	magnetosphere 1
quyển_vở	notebook 1
quyện	adhere 0.25	dead 0.125	exhausted 0.25	stick 0.25	tired 0.125
quyệt	cunning 0.5	deceitful 0.5
quà	gift 0.6	gifts 0.2	present 0.2
quà_biêú	gift 1
quà_cáp	gifts 0.5	presents 0.5
quà_sáng	breakfast 1
quà_tặng	gift 0.5	present 0.5
quàn	lie 0.5	state 0.5
quàng	absund 0.1667	hurry 0.08333	indiscriminate 0.1667	nonsensical 0.1667	put 0.1667	throw 0.1667	up 0.08333
quàng_quàng	hasty 0.5	hurried 0.5
quàng_xiên	nonsensical 0.5	utterly 0.5
quành	turn 1
quá	exceed 0.2	excessive 0.2	hyper 0.2	too 0.2	very 0.2
quá_bán	half 0.5	more 0.5
quá_bộ	bend 0.5	steps 0.5
quá_chừng	excessively 0.5	extremely 0.5
quá_cảnh	transit 1
quá_cố	deceased 0.5	depart 0.5
quá_giang	beam 0.1667	hike 0.1667	hitch 0.1667	lift 0.3333	transversal 0.1667
quá_hạn	overdue 1
quá_khích	extremist 1
quá_khổ	oversize 1
quá_khứ	past 1
quá_lơì	excessive 0.5	superlative 0.5
quá_lưá	age 0.3333	marriageable 0.3333	past 0.3333
quá_lắm	much 0.5	too 0.5
quá_mức	beyond 0.1667	excessive 0.3333	measure 0.1667	more 0.1667	reasonable 0.1667
quá_ngán	broken 0.25	deeply 0.25	feel 0.25	hearted 0.25
quá_nhiệt	overheated 1
quá_niên	age 0.3333	mature 0.3333	past 0.3333
quá_quan	frontier 0.25	pass 0.25	transit 0.5
quá_quắt	exaggerated 0.5	excessive 0.5
quá_sức	plum 1
quá_taỉ	overloaded 1
quá_thể	extremely 0.5	too 0.5
quá_trình	process 1
quá_trơì	mighty 1
quá_trớn	excessively 0.5	immoderate 0.5
quá_vãng	past 1
quá_xá	exaggerated 0.5	excessvie 0.5
quá_đà	beyond 0.25	far 0.25	measure 0.25	too 0.25
quá_đáng	excessive 0.5	unreasonable 0.5
quá_đôĩ	beyond 0.25	excessively 0.5	measure 0.25
quá_độ	excessive 0.3333	exorbitant 0.3333	immorderate 0.3333
quá_ư	excessively 0.5	extremely 0.5
quác	crackle 0.5	quack 0.5
quách	coffin 0.25	outer 0.25	sarcophagus 0.5
quán	house 0.2	inn 0.2	kiosk 0.2	restaurant 0.2	store 0.2
quán_cơm	inn 1
quán_ngữ	locution 1
quán_quân	champion 1
quán_rươụ	bar 0.3333	pub 0.6667
quán_thông	beginning 0.1667	end 0.1667	grasp 0.1667	thoroughly 0.25	understand 0.25
quán_thế	above 0.1667	eminent 0.5	others 0.1667	tower 0.1667
quán_triệt	grasp 0.5	thoroughly 0.5
quán_trà	teahouse 1
quán_trọ	hotel 0.3333	inn 0.6667
quán_tính	inertia 1
quán_xuyến	penetrate 0.5	thoroughly 0.5
quán_ăn	restaurant 1
quáng	blinded 0.5	dazzled 0.5
quáng_gà	nyctalopic 1
quánh	firm 0.5	thick 0.5
quát	shout 0.5	storm 0.5
quát_lác	shout 0.5	storm 0.5
quát_mắng	storm 1
quát_thaó	shout 1
quân	army 1
quân_baó	army 0.1667	equal 0.3333	even 0.3333	intelligence 0.1667
quân_bình	equal 0.3333	equlibrium 0.3333	even 0.3333
quân_bưu	army 0.3333	office 0.3333	post 0.3333
quân_bị	armament 1
quân_ca	march 1
quân_chính	military 0.5	politico 0.5
quân_chế	military 0.5	regulations 0.5
quân_chủ	monarchic 0.6667	monarchy 0.3333
quân_chủng	service 1
quân_công	achievement 0.25	feat 0.25	military 0.5
quân_cơ	military 0.5	secret 0.5
quân_cảng	military 0.5	port 0.5
quân_cảnh	military 0.5	police 0.5
quân_cờ	chess 0.25	man 0.25	pawn 0.5
quân_dịch	affair 0.1667	military 0.5	service 0.3333
quân_giơí	military 0.5	weapon 0.5
quân_hiêụ	badge 0.5	military 0.5
quân_hàm	army 0.5	rank 0.5
quân_hạm	warship 1
quân_khu	military 0.5	zone 0.5
quân_khí	materials 0.25	military 0.25	weapons 0.5
quân_kỳ	flag 0.5	military 0.5
quân_luật	law 0.5	martial 0.5
quân_lính	soldiers 0.5	troops 0.5
quân_lương	military 0.5	provisions 0.5
quân_lệnh	military 0.5	orders 0.5
quân_lực	armed 0.5	forces 0.5
quân_mã	army 0.25	horses 0.25	troops 0.5
quân_ngũ	army 0.4167	files 0.1667	ranks 0.4167
quân_nhu	military 0.5	supplies 0.5
quân_nhân	military 0.5	uniform 0.5
quân_nhạc	military 0.75	music 0.25
quân_phiệt	militarist 1
quân_pháp	army 0.5	law 0.5
quân_phân	divide 0.25	evenly 0.25	out 0.25	share 0.25
quân_phí	army 0.5	expenditures 0.5
quân_phục	mititary 0.5	uniform 0.5
quân_quan	army 0.5	officers 0.25	privates 0.25
quân_quyền	sovereignty 1
quân_quản	administration 0.5	military 0.5
quân_sĩ	men 0.3333	soldiers 0.3333	warriors 0.3333
quân_sư	strategist 1
quân_số	effectives 0.5	strength 0.5
quân_sự	affairs 0.5	military 0.5
quân_sự_hoá	militarize 1
quân_thân	king 0.5	parents 0.5
quân_thù	enemy 1
quân_thần	courties 0.5	king 0.5
quân_trang	equipment 0.5	military 0.5
quân_tình_nguyện	volunteer 1
quân_tử	gentleman 1
quân_uỷ	army 0.3333	committee 0.3333	party 0.3333
quân_vương	king 1
quân_vụ	affairs 0.5	military 0.5
quân_xa	train 1
quân_y	army 0.3333	corps 0.3333	medical 0.3333
quân_y_sĩ	army 0.5	doctor 0.5
quân_y_viện	hospital 0.5	military 0.5
quân_đoàn	army 0.5	corps 0.5
quân_đôị	armed 0.125	army 0.5	dismiss 0.25	forces 0.125
quân_địch	enemy 1
quây	enclose 1
quây_quâỷ	down 0.1667	flatly 0.25	refuse 0.25	roundly 0.1667	turn 0.1667
quây_quần	around 0.25	cluster 0.5	gather 0.25
quây_ráp	round 0.5	up 0.5
quây_tụ	cluster 0.25	rally 0.25	round 0.5
quâý	fret 0.5	snivel 0.5
quâý_nhiêũ	pester 0.5	worry 0.5
quâý_phá	harass 1
quâý_quá	careless 0.5	perfunctory 0.5
quâý_quả	pester 0.5	requests 0.5
quâý_râỳ	annoy 0.3333	balger 0.3333	bother 0.3333
quâý_rôí	derange 0.3333	disturb 0.3333	harass 0.3333
quâý_rôí_tình_dục	harassment 0.5	sexual 0.5
quâý_đaỏ	derange 0.5	disturb 0.5
quâỳ	case 0.1667	department 0.3333	show 0.1667	stall 0.3333
quâỳ_đôỉ_tiền	bureau 0.3333	change 0.3333	de 0.3333
quâỵ	move 0.5	stir 0.25	up 0.25
quâỹ	frisk 0.25	struggle 0.25	violently 0.25	waggle 0.125	wriggle 0.125
quãng	section 1
quãng_cách_nhaỷ_qua	leap 1
què	crippled 0.3333	disabled 0.3333	lame 0.3333
què_quặt	hackneyed 0.5	lame 0.5
quèn	indiffenent 0.3333	petty 0.3333	poor 0.3333
qué	poultry 1
quét	sweep 1
quét_dọn	clean 0.375	sweep 0.25	tidy 0.125	up 0.25
quét_tước	sweep 0.25	tidy 0.25	up 0.5
quét_đất	ground 0.5	sweep 0.5
quê	home 0.25	native 0.125	place 0.125	rustic 0.25	unregined 0.25
quê_hương	country 0.1429	father 0.07143	home 0.1429	homeland 0.1429	hometown 0.1429	land 0.1429	motherland 0.1429	native 0.07143
quê_muà	levorish 0.5	rustic 0.5
quê_ngươì	foreign 0.5	land 0.5
quê_nhà	native 0.3333	own 0.3333	place 0.3333
quê_quán	country 0.25	native 0.5	village 0.25
quên	for 0.1667	forget 0.5	get 0.1667	to 0.1667
quên_béng	clear 0.5	forget 0.5
quên_bẵng	entirely 0.5	forget 0.5
quên_khuâý	completely 0.5	forget 0.5
quên_lãng	oblivious 0.5	sink 0.5
quên_mình	sacrificing 0.5	self 0.5
quêù_quaò	awkward 0.5	clumsy 0.25	limbs 0.25
quì	flower 0.1667	kneel 0.3333	sun 0.1667	turnsole 0.3333
quí	esteem 0.25	precious 0.25	treasure 0.25	valuable 0.25
quí_khách	guest 0.5	honoured 0.5
quí_phaí	aristocratic 0.5	borm 0.25	high 0.25
quí_tộc	aristocracy 0.3333	nobility 0.6667
quí_vật	thing 0.5	valuable 0.5
quí_vị_nhiêù	much 0.5	thank 0.5
quít	mandarin 0.5	mandarine 0.3333	orange 0.1667
quý	gold 0.25	heavenly 0.08333	precious 0.25	quarter 0.25	stem 0.08333	tenth 0.08333
quý_baú	precious 1
quý_châu	guizhou 1
quý_dương	guiyang 1
quý_mến	esteem 0.5	love 0.5
quý_phi	queen 1
quý_vị	audience 0.5	you 0.5
quýnh	beside 0.5	out 0.25	wits 0.25
quýt	mandarin 0.3333	mandarine 0.3333	servant 0.1667	young 0.1667
quýt_hồng	mandarin 0.5	orange 0.5
quăm_quắm	threatening 1
quăn	crisp 0.5	curly 0.5
quăn_queo	tortous 0.5	twisted 0.5
quăng	cast 0.25	hurl 0.25	larva 0.125	mosquito 0.125	throw 0.25
quĩ	fund 0.5	treasury 0.5
quĩ_tích	locus 1
quĩ_đaọ	orbit 0.5	trajectory 0.5
quơ	off 0.5	walk 0.5
quạ	crow 1
quạ_caí	shrew 0.3333	termagant 0.3333	vixen 0.3333
quạ_khoang	collared 0.3333	crow 0.3333	white 0.3333
quạ_quạ	croak 1
quạc	argue 0.3333	loud 0.3333	mouthedly 0.3333
quạnh	desert 1
quạnh_hiu	deserted 0.5	forlorn 0.5
quạnh_quẽ	desert 1
quạnh_vắng	deserted 0.5	desolate 0.5
quạt	fan 1
quạt_bàn	fan 0.5	table 0.5
quạt_hòm	winnover 1
quạt_keó	punkah 1
quạt_maý	electric 0.5	fan 0.5
quạt_mo	areca 0.3333	fan 0.3333	spathe 0.3333
quạt_nan	bamboo 0.3333	fan 0.3333	tape 0.3333
quạt_điện	electric 0.5	fan 0.5
quả	an 0.3333	fruit 0.6667
quả_anh_đaò	cherry 1
quả_baó	karma 0.5	retribution 0.5
quả_bom	bomb 1
quả_bàng	coal 0.5	ovoid 0.5
quả_chanh	lemon 1
quả_chuôí	banana 1
quả_cân	weight 1
quả_câù_tuyết	globe 0.5	snow 0.5
quả_côla	cola 1
quả_cảm	audacious 0.3333	determined 0.3333	resolute 0.3333
quả_cật	kidney 1
quả_học	carpology 1
quả_hồng_vàng	persimmon 1
quả_là	really 0.5	truly 0.5
quả_lê	pear 1
quả_lưụ	pomegranate 1
quả_lắc	pendulum 1
quả_mít	jackfruit 1
quả_măng_cụt	mangosteen 1
quả_mơ	apricot 1
quả_mận	plum 1
quả_mọng	berry 1
quả_phụ	widow 1
quả_quyết	assert 0.5	aver 0.5
quả_quýt	mandarin 0.25	orange 0.25	tangerine 0.5
quả_sa_kê	breadfruit 1
quả_sâù_riêng	durian 1
quả_tang	flugrant 1
quả_taó	apple 1
quả_thế	really 0.5	truly 0.5
quả_thực	fruits 0.5	gains 0.5
quả_tim	heart 0.6667	pendant 0.1667	shaped 0.1667
quả_tua	tassel 1
quả_tạ	bell 0.25	dumb 0.25	dumbbell 0.5
quả_tắc	calamondin 1
quả_vâỵ	really 0.5	truly 0.5
quả_xoaì	mango 1
quả_đâù	acorn 1
quả_đấm	blow 0.3333	fist 0.3333	knob 0.3333
quả_đất	earth 0.5	globe 0.5
quản	canal 0.2	cope 0.2	flinch 0.2	manage 0.2	mind 0.2
quản_bút	penholder 1
quản_ca	choir 0.5	leader 0.5
quản_chi	mind 1
quản_chế	put 0.3333	surveillance 0.3333	under 0.3333
quản_cơ	major 0.5	sergeant 0.5
quản_gia	butter 0.5	housekeeper 0.5
quản_giaó	educator 0.5	warden 0.5
quản_huyền	instruments 0.5	musical 0.5
quản_hạt	local 1
quản_lý	administration 0.5	manage 0.5
quản_ngaị	flinch 0.5	form 0.25	shrink 0.25
quản_trị	administer 1
quản_tượng	mahout 1
quản_đaọ	chief 0.5	province 0.5
quản_đốc	director 0.5	manager 0.5
quảng_bá	broadcast 0.5	spread 0.5
quảng_canh	extensive 0.5	farming 0.5
quảng_caó	advertise 0.3333	advertisement 0.3333	publicize 0.3333
quảng_châu	canton 0.5	guangzhou 0.5
quảng_giao	acquantance 0.5	wide 0.5
quảng_hàn	moon 0.5	moon's 0.25	palace 0.25
quảng_trường	plaza 0.3333	square 0.6667
quảng_trường_đỏ	red 0.5	square 0.5
quảng_tây	guangxi 1
quảng_đaị	large 1
quảng_đông	canton 0.5	guangdong 0.5
quấn	roll 0.3333	twine 0.3333	wind 0.3333
quấn_quít	hang 1
quất	kumquat 0.25	lash 0.25	mandarin 0.25	whip 0.25
quất_hồng_bì	wampee 1
quần	ball 0.1389	exhaust 0.1667	out 0.08333	pants 0.2222	small 0.08333	tenis 0.05556	tire 0.08333	trousers 0.1667
quần_aó	clothes 0.2	clothing 0.2	cultural 0.05	dress 0.1333	if 0.05	indigo 0.03333	organised 0.05	pace 0.05	simple 0.03333	undergarments 0.1	wardrobe 0.1
quần_aó_bơi	swimsuit 1
quần_aó_lót	underwear 1
quần_bò	jeans 1
quần_chúng	masses 1
quần_cư	groups 0.5	live 0.5
quần_cộc	breeches 0.3333	shorts 0.3333	underpants 0.3333
quần_hôn	goup 0.5	marriage 0.5
quần_hệ	formation 1
quần_hồng	women 1
quần_hợp	association 1
quần_lót_daì	pants 1
quần_thần	court 0.25	courtess 0.5	officials 0.25
quần_thể	population 1
quần_trẻ_con	panties 1
quần_tây	european 0.3333	style 0.3333	trousers 0.3333
quần_tụ	collect 0.5	group 0.5
quần_vợt	tennis 1
quần_xà_lỏn	underpants 1
quần_xã	society 1
quần_đaỏ	archipelago 1
quần_đaỏ_andaman	andaman 0.5	islands 0.5
quần_đaỏ_anh	british 0.5	isles 0.5
quần_đaỏ_faroe	faroe 0.5	islands 0.5
quần_đaỏ_hoàng_sa	islands 0.5	paracel 0.5
quần_đaỏ_kuril	islands 0.5	kuril 0.5
quần_đaỏ_senkaku	islands 0.5	senkaku 0.5
quần_đaỏ_trường_sa	islands 0.5	spratly 0.5
quần_đaỏ_điêú_ngư	islands 0.5	senkaku 0.5
quần_đuì	breeches 0.3333	pants 0.1667	under 0.1667	underpants 0.3333
quần_đông_xuân	pants 0.3333	peg 0.3333	top 0.3333
quầng	aureola 0.3333	aureole 0.3333	halo 0.3333
quầng_đỏ	areola 1
quẩn	headed 0.5	muddle 0.5
quẩn_bách	hard 0.5	up 0.5
quẩn_quanh	clear 0.25	muddled 0.5	plan 0.25
quẩng_mỡ	away 0.5	carried 0.5
quẫn_bách	hand 0.5	up 0.5
quẫn_trí	become 0.3333	headed 0.3333	muddle 0.3333
quẫng	caper 0.5	gambol 0.5
quận	county 0.2	district 0.8
quận_cam	county 0.5	orange 0.5
quận_chuá	princess 1
quận_công	duke 1
quận_huyện	districts 0.5	precints 0.5
quận_hạt	county 1
quận_trưởng	chief 0.5	district 0.5
quận_uỷ	committee 0.3333	district 0.3333	party 0.3333
quận_vương	prince 1
quật	against 0.1111	dip 0.1667	disinter 0.3333	flail 0.1111	ground 0.1111	up 0.1667
quật_cường	indomitable 0.5	undauntable 0.5
quật_khơỉ	rebel 0.5	rise 0.25	up 0.25
quật_ngã	down 0.5	hurl 0.5
quắc	dazzingly 0.3333	glower 0.3333	scowl 0.3333
quắc_thước	hale 0.5	hearty 0.5
quắm	curved 0.5	hooked 0.5
quắn	feel 0.08333	pain 0.08333	round 0.25	time 0.25	unit 0.25	writhing 0.08333
quắp	grasp 0.5	seize 0.5
quắt	shrived 0.5	up 0.5
quắt_queo	shrivel 0.5	up 0.5
quắt_queó	devious 0.3333	dishonest 0.3333	tortuous 0.3333
quằm_quặm	frowning 0.5	scowling 0.5
quằn	bend 0.5	curve 0.5
quằn_quaị	squirm 0.5	wirthe 0.5
quằn_queò	tortuous 1
quẳng	away 0.5	throw 0.5
quặc	hang 0.5	loggerheads 0.5
quặm	hooked 1
quặn	pain 0.5	writhe 0.5
quặng	ore 1
quặp	bend 0.25	curve 0.25	down 0.5
quặp_râu	hen 0.5	pecked 0.5
quặt	turn 1
quặt_queọ	sickly 1
quẹt	match 0.3333	rule 0.3333	strike 0.3333
quẹt_bơ	butter 1
quẻ	forecast 0.3333	go 0.3333	lots 0.3333
quế	cinnamon 0.8333	tree 0.1667
quế_chi	cinnamon 0.5	twig 0.5
quế_lâm	guilin 1
quết	knead 1
quết_trần	betel 0.3333	juice 0.3333	quid's 0.3333
quệch_quạc	careless 1
quện	clot 0.3333	mat 0.3333	tangled 0.3333
quệt	coat 0.3333	lay 0.1667	spread 0.3333	thickly 0.1667
quệt_trâù	betel 0.3333	juice 0.3333	quid's 0.3333
quỉ	monster 1
quỉ_quyệt	crafty 0.5	cunning 0.5
quỉ_thuật	conjuring 0.25	magic 0.5	tricks 0.25
quị	collapse 0.5	down 0.25	drop 0.25
quịt	pay 0.25	refuse 0.25	welch 0.5
quốc	contry 0.25	country 0.25	nation 0.25	state 0.25
quốc_ca	anthem 0.6667	national 0.3333
quốc_công	duke 0.5	grand 0.5
quốc_doanh	managed 0.25	run 0.25	state 0.5
quốc_dân	nation 0.5	people 0.5
quốc_gia	country 0.5	nation 0.25	state 0.25
quốc_giaó	national 0.5	religion 0.5
quốc_huy	emblem 0.3333	heraldry 0.3333	national 0.3333
quốc_hôị	assembly 0.3333	congress 0.1667	national 0.3333	parliament 0.1667
quốc_hưũ_hoá	nationalize 1
quốc_khánh	celebration 0.5	national 0.5
quốc_kỳ	colours 0.25	flag 0.25	national 0.5
quốc_lộ	highway 0.6667	national 0.3333
quốc_ngữ	language 0.5	national 0.5
quốc_phòng	defence 0.3333	defense 0.3333	national 0.3333
quốc_sử_quán	historiographer's 0.3333	national 0.3333	office 0.3333
quốc_trưởng	head 0.5	state 0.5
quốc_tế	international 1
quốc_tế_ca	internationale 1
quốc_tế_hoá	internationalize 1
quốc_tế_ngữ	esperanto 1
quốc_tịch	nationality 0.5	nationlaty 0.5
quốc_tử_giám	college 0.5	royal 0.5
quốc_văn	literature 0.5	national 0.5
quốc_vương	king 1
quốc_vụ_khanh	minister 0.1667	portfolio 0.1667	secretary 0.25	state 0.25	without 0.1667
quốc_vụ_viện	affairs 0.1667	cabinet 0.5	council 0.1667	national 0.1667
quốc_xã	nazi 1
quờ	cue 0.3333	feel 0.3333	grope 0.3333
quờ_quạng	feel 0.5	grope 0.5
quở	reprove 0.5	scold 0.5
quở_mắng	chide 0.3333	reprove 0.3333	scold 0.3333
quở_trách	down 0.25	dress 0.25	scold 0.25	severely 0.25
quỳ	heliotrope 0.25	kneel 0.25	litmus 0.25	sunflower 0.25
quỳ_laỵ	kowtow 0.5	prostrate 0.5
quỳnh	phyllocactus 0.5	ruby 0.5
quỳnh_bôi	cup 0.5	ruby 0.5
quỳnh_tương	good 0.5	wine 0.5
quỵ	collapse 0.5	down 0.25	drop 0.25
quỵ_luỵ	kowtow 1
quỵt	default 0.5	fail 0.25	pay 0.25
quỷ	demon 0.3333	devil 0.3333	fiend 0.1667	satan 0.1667
quỷ_khổng_lồ	troll 1
quỷ_kế	devilish 0.5	trick 0.5
quỷ_quaí	demoniac 0.25	demoniacal 0.25	devilish 0.25	satanic 0.25
quỷ_quyệt	crafty 0.5	cunning 0.5
quỷ_sứ	devil 0.25	devil's 0.25	little 0.25	servant 0.25
quỷ_thuật	conjuring 0.25	prestidigitation 0.5	tricks 0.25
quỷ_thần	deities 0.5	genii 0.5
quỷnh	bumpkin 0.5	simpleton 0.5
quỹ	bank 0.5	fund 0.5
quỹ_đaọ	orbit 0.5	trajectory 0.5
qđ	decision 1
ra	come 0.1667	go 0.3333	out 0.5
ra_bộ	if 1
ra_chiêù	air 1
ra_công	pains 1
ra_da	over 0.5	scar 0.5
ra_dáng	put 1
ra_giêng	after 0.25	once 0.1667	over 0.1667	tet 0.4167
ra_gì	worthless 1
ra_hiêụ	signal 1
ra_hồn	fully 0.25	presentable 0.25	quite 0.25	worth 0.25
ra_lệnh	issue 0.5	promulgate 0.5
ra_lịnh	command 0.2	dictate 0.2	issue 0.2	order 0.2	promulgate 0.2
ra_mắt	appear 0.5	come 0.25	sight 0.25
ra_mặt	come 0.125	openly 0.25	out 0.125	overtly 0.25	show 0.25
ra_mồm	against 0.3333	raise 0.3333	voice 0.3333
ra_ngôi	transplant 1
ra_ngươì	become 0.3333	decent 0.1667	person 0.3333	respectable 0.1667
ra_oai	airs 0.5	put 0.5
ra_phết	mighty 1
ra_quân	array 0.1667	battle 0.4167	commit 0.25	place 0.1667
ra_rià	discarded 0.5	neglected 0.5
ra_ràng	fledged 0.5	full 0.5
ra_rả	draning 0.5	incessant 0.5
ra_sức	exert 0.5	strive 0.5
ra_tay	begin 0.3333	off 0.1667	set 0.3333	show 0.1667
ra_toà	appear 0.3333	before 0.3333	court 0.3333
ra_tro	ashes 0.5	reduced 0.5
ra_trò	mighty 0.5	very 0.5
ra_trận	front 0.5	go 0.5
ra_tuồng	out 0.5	turn 0.5
ra_vaò	come 0.25	go 0.25	out 0.5
ra_viện	discharged 0.25	hospital 0.5	leave 0.25
ra_vẻ	pretend 1
ra_đi	depart 0.5	leave 0.25	start 0.25
ra_đi_an	radian 1
ra_đi_ô	radio 1
ra_điêù	assume 0.5	look 0.5
ra_đơì	born 0.5	come 0.5
ra_ơn	favours 0.5	grant 0.5
radio	radio 1
ragu	ragout 1
ram	abate 0.3333	fry 0.3333	ream 0.3333
ran	resound 0.25	spread 0.25	widely 0.5
rang	pop 0.5	roast 0.5
ranh	mischievous 0.5	sly 0.5
ranh_con	devil 0.5	little 0.5
ranh_giơí	border 0.1667	frontier 0.3333	limit 0.3333	line 0.1667
ranh_khôn	cunning 0.5	sly 0.5
ranh_ma	artful 0.5	sly 0.5
ranh_mãnh	mischievous 0.5	sly 0.5
ranh_vặt	cunning 1
rao	announce 0.5	cry 0.5
rao_hàng	advertise 0.5	cry 0.25	wares 0.25
rare	little 1
rare_ngư_魚	fish 1
rau	greens 0.5	vegetable 0.25	vegetables 0.25
rau_bina	spinach 1
rau_bí	buds 0.5	pumpkin 0.5
rau_bẹ	laminaria 1
rau_caỉ	cabbage 1
rau_chaó	food 0.25	greens 0.1667	poor 0.25	rice 0.1667	soup 0.1667
rau_câu	gracilaria 1
rau_cần	dropwort 0.5	water 0.5
rau_cần_tay	celery 0.5	chinese 0.5
rau_cần_tây	celeri 1
rau_cỏ	greens 0.5	vegetables 0.5
rau_diếp	lettuce 1
rau_lê	orache 1
rau_muống	spinach 0.5	water 0.5
rau_má	centella 1
rau_rút	neptunia 1
ray	metals 0.5	rail 0.5
raí	dread 0.3333	frightened 0.3333	up 0.3333
raí_cá	otter 1
raò	enclose 0.2	fence 0.2	hedge 0.2	palsade 0.2	shut 0.2
raò_giâụ	fence 0.5	hedge 0.5
raò_raò	cascading 0.5	noise 0.5
raò_raọ	grating 0.5	noise 0.5
raó	dry 1
raó_hoảnh	bone 0.25	dry 0.5	stick 0.25
raó_riết	hectic 0.5	keen 0.5
raõ	becomeloose 0.3333	lose 0.1667	out 0.1667	resiliency 0.1667	worn 0.1667
raý	alocasia 0.3333	cerumen 0.3333	ear 0.1667	wax 0.1667
raý_tai	cerumen 0.5	ear 0.25	wax 0.25
rađi	radium 1
rađơn	radon 1
raỉ	lay 0.3333	scatter 0.3333	spread 0.3333
raỉ_rác	about 0.5	scattered 0.5
raỉ_rắc	scatter 1
raỉ_thảm	bomb 0.5	carpet 0.5
raọ	fishing 0.3333	net 0.3333	stake 0.3333
raọ_rực	excited 0.25	excitement 0.25	feel 0.25	sensation 0.25
raỏ	accelerate 0.5	quicken 0.5
raỷ	sprinkle 1
ren	lace 1
reni	rhenium 1
reo	cheer 0.5	shout 0.5
reo_hò	encouragement 0.25	joy 0.25	shout 0.5
reo_mừng	joy 0.5	shout 0.5
reykjavík	reykjavik 1
reò_reọ	constantly 0.5	snivel 0.5
reó	call 0.25	halloo 0.5	out 0.25
reó_nợ	dun 1
reọ_rọc	bed 0.5	toss 0.5
reỏ	cut 0.1667	edge 0.1667	piece 0.3333	skirt 0.3333
reỏ_cao	area 0.1667	high 0.1667	highland 0.5	mountain 0.1667
ri	this 0.5	way 0.5
ri_rí	whimpering 1
ria	border 0.3333	edge 0.3333	rim 0.3333
rim	dry 0.3333	simmer 0.3333	until 0.3333
rinh	beat 0.1111	carry 0.3333	drum 0.1111	noisily 0.3333	small 0.1111
riu_riu	low 1
rià	edge 0.5	fringe 0.5
riêng	especial 0.2	own 0.2	peculiar 0.2	private 0.2	special 0.2
riêng_biệt	distinct 0.5	secluded 0.5
riêng_lẻ	co 0.06667	individually 0.2	joining 0.06667	op 0.06667	private 0.2	separately 0.2	severally 0.2
riêng_rẽ	separate 1
riêng_tây	personal 0.5	private 0.5
riêng_tư	personal 0.5	private 0.5
riêu	soup 0.5	sour 0.5
riêu_cua	crab 0.5	soup 0.5
riù	axe 0.5	hack 0.5
riú	entangled 0.5	fouled 0.5
riạ	covered 0.3333	cracked 0.3333	glaze 0.3333
riả	peck 1
riả_raý	harass 0.4167	humiliating 0.1667	remarks 0.1667	scolding 0.25
riết	exert 0.07143	pull 0.1429	severe 0.1429	stern 0.1429	strict 0.1429	strive 0.07143	taut 0.07143	tight 0.07143	utmost 0.1429
riết_raó	severe 0.5	strict 0.5
riềng	abuse 0.2	alpinia 0.2	galingale 0.2	rebuke 0.2	scold 0.2
ro_ro	hum 0.5	purr 0.5
rock	music 0.5	rock 0.5
roi	cane 0.1667	rod 0.1667	switch 0.3333	whip 0.3333
roi_da	whip 1
roi_vọt	cane 0.5	rod 0.5
roma	rome 1
romania	romania 1
romeo_và_juliet	juliet 0.5	romeo 0.5
rong	alga 0.5	seaweed 0.5
rong_chơi	wander 1
rong_huyết	menorrhagia 1
router	router 1
roí	bright 1
rođi	rhodium 1
roị	beam 0.5	light 0.5
roị_sáng	light 1
ru	rock 0.5	sing 0.5
ru_ngủ	lull 0.5	sleep 0.5
ru_rú	hang 1
rubiđi	rubidium 1
rui	rafter 1
rum	rum 0.6667	safflower 0.3333
rumani	romania 1
run	quaver 0.2	quiver 0.2	shiver 0.2	tremble 0.4
run_râỷ	tremble 0.5	uncontrollably 0.5
run_sợ	fright 0.5	shake 0.5
rung	down 0.1667	shake 0.5	tremble 0.3333
rung_chuyển	impact 0.1667	quake 0.3333	shake 0.1667	strong 0.1667	violently 0.1667
rung_cảm	emotion 0.5	throb 0.5
rung_rinh	quiver 1
rung_rúc	frayed 0.5	shabby 0.5
rung_động	vibrate 1
rus_kiev	kievan 0.5	rus 0.5
ruteni	ruthenium 1
rutherfordi	rutherfordium 1
ruà	tortoise 0.5	turtle 0.5
ruã	rotten 1
ruôì	fly 1
ruôì_giấm	drosophila 1
ruôì_muôĩ	fly 0.5	mosquito 0.5
ruôì_nhuế	gnat 1
ruôì_nhặng	bluebottle 0.25	flies 0.5	fly 0.25
ruôì_trâu	breeze 0.5	gadfly 0.5
ruôỉ	after 0.25	go 0.25	pursue 0.5
ruả	call 0.25	curse 0.5	down 0.25
ruỉ	unhappy 0.3333	unlucky 0.6667
ruỉ_may	chance 0.5	pure 0.5
ruỉ_ro	risk 0.25	unfortunate 0.25	unlucky 0.5
ruị	completely 0.25	ravaged 0.25	waste 0.5
ruốc	meat 0.1667	rousong 0.5	salted 0.1667	shredded 0.1667
ruốc_bông	fluffy 0.5	pemmican 0.5
ruồng	abandon 0.5	repudiate 0.5
ruồng_bỏ	abandon 0.6667	chesert 0.3333
ruồng_râỹ	desent 0.5	forsake 0.5
ruỗng	hollowed 0.5	out 0.5
ruỗng_nát	decayed 1
ruộng	field 0.5	paddy 0.25	rice 0.25
ruộng_bậc_thang	fields 0.5	terraced 0.5
ruộng_công	field 0.5	public 0.5
ruộng_luá	paddy 1
ruộng_muôí	marsh 0.5	salt 0.5
ruộng_mạ	field 0.3333	rice 0.3333	seeding 0.3333
ruộng_nương	field 0.5	fields 0.25	gardens 0.25
ruộng_vườn	fields 0.5	gardens 0.5
ruộng_đất	cultivated 0.25	land 0.75
ruộng_đồng	fields 1
ruột	entrails 0.3333	intestine 0.6667
ruột_chay	jejunum 1
ruột_gan	heart 0.5	mind 0.5
ruột_già	intestine 0.5	large 0.5
ruột_gà	eoil 1
ruột_hôì	ileum 1
ruột_kết	colon 1
ruột_non	intestine 0.5	small 0.5
ruột_rà	blood 0.5	relation 0.5
ruột_thưà	appendix 1
ruột_thẳng	rectum 1
ruột_thịt	birth 0.5	parents 0.25	same 0.25
ruột_tịt	caecum 1
rwanda	rwanda 1
rà	check 0.5	run 0.5
rà_rẫm	grope 0.5	way 0.5
ràn	stable 1
ràng	bind 0.3333	fasten 0.3333	tie 0.1667	up 0.1667
ràng_buộc	down 0.5	tie 0.5
ràng_rịt	intricately 0.5	tie 0.5
rành	know 0.5	well 0.5
rành_mạch	clear 0.5	connected 0.25	logical 0.25
rành_rọt	clear 1
rá	basket 0.3333	closely 0.3333	woven 0.3333
rác	garbage 0.4	litter 0.2	reguse 0.2	rubbish 0.2
rác_mắt	eye 0.5	offend 0.5
rác_rươỉ	dregs 0.2	garbage 0.2	litter 0.2	refuse 0.2	rubbish 0.2
rác_tai	ear 0.5	offend 0.5
rác_thaỉ	garbage 0.5	waste 0.5
rách	torn 1
rách_bươm	shreds 0.25	tattered 0.5	torn 0.25
rách_mướp	ragged 0.5	shreds 0.25	torn 0.25
rách_nát	pieces 0.5	torn 0.5
rách_rươí	ragged 0.5	rags 0.5
rách_tươm	ragged 0.5	tattered 0.5
rám	sunburnt 1
rám_nắng	brown 0.5	sunburnt 0.5
rán	brown 0.2	endeavour 0.2	fry 0.2	more 0.1	some 0.1	try 0.2
ráng	endeavour 0.3333	more 0.1667	some 0.1667	try 0.3333
ráng_sức	endeavour 0.5	try 0.5
ráp	assemble 0.3333	fit 0.3333	join 0.1667	together 0.1667
ráp_vần	out 0.5	sound 0.5
rát	marting 1
rát_mặt	ashamed 0.5	feel 0.5
rát_ruột	agony 1
râm_bụt	hibiscus 1
râm_mát	fresh 0.25	shade 0.5	shady 0.25
râm_ran	all 0.25	over 0.25	rumble 0.5
rân_rát	numerous 0.3333	off 0.3333	well 0.3333
râu	beard 0.6667	horn 0.3333
râu_mép	moustache 1
râu_quặp	curled 0.1667	down 0.1667	henpecked 0.5	moustache 0.1667
râu_ria	beaud 0.5	moustaches 0.5
râu_trê	barbel 0.3333	like 0.3333	moustache 0.3333
râu_xồm	beard 0.5	bushy 0.25	thick 0.25
rây	bolt 0.25	sieve 0.25	sift 0.25	tummy 0.25
rây_bột	sieve 1
râù	gray 0.3333	roarowful 0.3333	sad 0.3333
râù_rĩ	gray 1
râù_rỉ	gloomy 0.5	melancholy 0.5
râỳ	chide 0.3333	rebuke 0.3333	scold 0.3333
râỳ_la	noisily 0.5	scold 0.5
râỳ_rà	troublesome 1
râỳ_rật	nag 1
râỹ	garden 0.5	kitchen 0.5
rã	crumble 0.5	fall 0.25	off 0.25
rã_cánh	fly 0.3333	off 0.3333	wings 0.3333
rã_họng	exhausted 1
rã_ngươì	out 0.5	played 0.1667	tired 0.1667	worn 0.1667
rã_rơì	crumble 0.3333	exhausted 0.3333	wearied 0.3333
rãnh	drain 0.5	gutter 0.5
rãnh_trượt	coulisse 1
rè	cracked 0.75	round 0.25
rèm	blind 1
rèn	forge 1
rèn_cặp	bring 0.1111	care 0.1111	coach 0.3333	tutor 0.3333	up 0.1111
rèn_luyện	form 0.5	train 0.5
rèn_đúc	form 0.5	train 0.5
ré	obliquely 0.3333	shine 0.1667	splash 0.1667	trumpet 0.3333
rén	shily 0.25	softly 0.25	walk 0.5
rén_bước	gingerly 0.25	tiptoe 0.5	walk 0.25
rét	cold 1
rét_buốt	cold 0.5	piercingly 0.5
rét_cóng	cold 0.5	freezing 0.5
rét_mướt	cold 1
rét_ngọt	biting 0.5	cold 0.5
rê	faw 0.5	wind 0.5
rên	groan 0.5	moan 0.5
rên_la	cry 0.25	lament 0.5	moan 0.25
rên_rẩm	lamen 0.5	moan 0.5
rên_rỉ	groan 1
rên_siết	groan 0.3333	lament 0.3333	writhe 0.3333
rên_xiết	groan 0.5	moan 0.5
rêu	lichen 0.5	moss 0.5
rêu_rao	divulge 0.5	ill 0.25	speak 0.25
rêù	drift 0.5	wood 0.5
rêụ	overripe 0.5	pulpy 0.5
rêụ_rã	shaky 0.5	wonky 0.5
rì	excessively 0.3333	extremely 0.3333	lush 0.3333
rì_raò	rustle 1
rì_rầm	murmur 1
rình	watch 0.5	waylay 0.5
rình_mò	lurk 0.5	watch 0.5
rình_rang	ostentatious 0.5	pompous 0.5
rình_rập	lie 0.25	wait 0.25	watch 0.5
rình_rịch	muffled 0.5	sound 0.5
rí_rách	drip 1
rích	hell 0.25	like 0.25	very 0.5
rít	deeply 0.1	puff 0.1	smoothly 0.1	wail 0.2	whistle 0.2	whizz 0.2	work 0.1
rít_răng	clench 0.5	teeth 0.5
rò	fistule 0.5	leak 0.5
ròm	thin 1
ròng	back 0.1111	ebb 0.3333	flow 0.1111	pure 0.3333	sea 0.1111
ròng_rã	break 0.1667	end 0.3333	uninterrupted 0.3333	without 0.1667
ròng_ròng	flow 0.25	out 0.25	pour 0.25	uninterruptedly 0.25
ròng_rọc	abundantly 0.5	flow 0.5
ró	bag 0.5	pinch 0.5
róc	bark 0.5	peel 0.5
róc_rách	babble 1
rón_rén	tiptoe 0.5	walk 0.5
rót	pour 1
rô	diamond 1
rô_bốt	robot 1
rô_manh	roman 1
rôm	boisterous 0.25	heat 0.25	merry 0.125	noisily 0.125	prickly 0.125	rash 0.125
rôm_saỷ	heat 0.5	prickly 0.5
rôm_trò	exciting 0.5	lively 0.5
rôma	rome 1
rôman	romance 1
rông	rise 1
rôì	after 0.1667	already 0.3333	finish 0.1667	then 0.1667	yes 0.1667
rôì_ra	future 1
rôì_sao	then 0.25	well 0.5	what 0.25
rôì_tay	break 0.5	knock 0.25	off 0.25
rôì_đây	eventually 0.3333	future 0.3333	later 0.3333
rôì_đơì	dead 0.5	gone 0.5
rôí	entangled 0.5	tangled 0.5
rôí_beng	entangled 0.5	muddle 0.5
rôí_bù	dishevelled 0.5	ruffed 0.5
rôí_loạn	confused 0.5	troubled 0.5
rôí_mù	muddled 1
rôí_mắt	jumble 0.5	muddle 0.5
rôí_ren	confused 1
rôí_ruột	control 0.1667	lose 0.1667	self 0.1667	upset 0.5
rôí_rít	bustle 1
rôí_rắm	complicated 0.5	involved 0.5
rôí_tinh	mixed 0.5	up 0.5
rôí_trí	muddling 0.5	upset 0.5
rôí_tung	intricately 0.5	tangled 0.5
rôĩ	already 0.3333	free 0.3333	unoccupied 0.3333
rôĩ_hơi	time 0.5	waste 0.5
rôĩ_việc	busy 1
rôỉ	boat 0.5	fishing 0.5
rõ	clear 1
rõ_kheó	now 0.75	then 0.25
rõ_ràng	clear 0.3333	evident 0.3333	plain 0.3333
rõ_rệt	clear 0.3333	evident 0.3333	plain 0.3333
rù	affected 0.1667	disease 0.1667	gloomy 0.5	newcastle's 0.1667
rù_rì	taciturn 1
rùm	boisterous 0.3333	noisy 0.3333	rock 0.1667	salt 0.1667
rùm_beng	ballyhoo 0.5	fuss 0.25	undue 0.25
rùn	back 0.1667	draw 0.5	retract 0.3333
rùng	fishing 0.1667	gently 0.1667	horizontally 0.1667	net 0.1667	sea 0.1667	shake 0.1667
rùng_mình	creepy 0.25	feel 0.25	tremble 0.5
rùng_nuí	forest 0.75	mountain 0.25
rùng_rùng	stamping 1
rùng_rợn	dreadful 0.3333	ghastly 0.3333	terrifying 0.3333
rú	forest 0.3333	scream 0.3333	yell 0.3333
rú_rí	coo 1
rúc	beak 0.1	hoot 0.2	peck 0.2	put 0.2	strike 0.1	toot 0.2
rúc_raý	creep 1
rúc_rích	biggle 1
rúc_đâù	head 0.5	slip 0.5
rúm	shrivelled 1
rúm_ró	battered 0.5	deformed 0.5
rún	navel 1
rún_râỷ	gait 0.3333	springy 0.3333	walk 0.3333
rúp	rouble 1
rút	draw 0.1667	out 0.6667	pull 0.1667
rút_bớt	diminish 0.5	reduce 0.5
rút_chaỵ	flight 0.5	withdraw 0.5
rút_cục	end 0.5	last 0.5
rút_gọn	abbreviate 0.5	reduce 0.5
rút_lui	abjure 0.3333	down 0.1667	stand 0.1667	withdraw 0.3333
rút_mủ	drain 1
rút_ngắn	abridge 0.5	curtail 0.5
rút_ngắn_laị	abbreviate 1
rút_ruột	centre 0.125	draw 0.125	money 0.08333	out 0.08333	overexert 0.25	squeeze 0.08333	worm 0.25
rút_tiả	draw 1
rút_tiền	withdraw 1
răm	fragrant 0.5	khotweed 0.5
răm_rắp	all 0.4167	man 0.25	same 0.1667	time 0.1667
răn	admonish 1
răn_baỏ	admonish 0.5	advise 0.5
răn_đe	deter 1
răng	tooth 1
răng_cưa	serrated 1
răng_giả	artifcial 0.25	false 0.25	teeth 0.5
răng_gun	yangon 1
răng_hàm	molar 1
răng_khôn	tooth 0.5	wisdom 0.5
răng_móc	fang 1
răng_nanh	camine 0.1667	eye 0.1667	fang 0.3333	tooth 0.3333
răng_sưã	milk 0.5	tooth 0.5
răng_đền_răng	eye 1
rũ	droop 0.3333	hang 0.3333	out 0.1667	tired 0.1667
rũ_rươị	emaciated 0.5	haggard 0.5
rũ_tù	jail 0.4167	long 0.1667	rot 0.25	stay 0.1667
rơ	clean 1
rơi	come 0.125	down 0.125	drop 0.25	fall 0.5
rơi_lệ	shed 0.5	tears 0.5
rơi_rớt	left 0.5	remain 0.5
rơi_rụng	go 0.25	gradually 0.5	lost 0.25
rơi_vaĩ	scatter 0.5	spilled 0.5
rơm	straw 1
rơm_rác	rubbish 0.5	trash 0.5
rơn	beside 1
rơì	break 0.3333	leave 0.3333	loose 0.1667	off 0.1667
rơì_bỏ	abandon 0.5	leave 0.5
rơì_khoỉ	depart 0.5	leave 0.5
rơì_miệng	finished 0.3333	just 0.3333	speaking 0.3333
rơì_mắt	eyes 0.5	off 0.5
rơì_rã	exhausted 1
rơì_rạc	disconnected 0.5	disjointed 0.5
rơì_tay	go 0.125	knock 0.125	let 0.125	off 0.125	part 0.25	rest 0.25
rưng_rưng	tears 0.3333	up 0.3333	welling 0.3333
rưá	like 1
rưã	decompose 0.5	rot 0.5
rưã_nát	crushed 0.5	decomposed 0.5
rươi	clam 0.1667	nereid 0.3333	sand 0.1667	worm 0.3333
rương	box 0.5	trunk 0.5
rương_hòm	trunks 1
rươí	souse 0.5	sprinkle 0.5
rươĩ	half 1
rươỉ	fifty 0.25	five 0.25	half 0.25	hundred 0.125	thousand 0.125
rươị	bracingly 0.3333	refreshingly 0.3333	very 0.3333
rươụ	alcohol 0.2857	beer 0.1429	drink 0.2857	liquor 0.1429	wine 0.1429
rươụ_bia	beer 1
rươụ_branđi	brandy 1
rươụ_canary	canary 1
rươụ_chát	wine 1
rươụ_chè	alcoholism 1
rươụ_cần	example 0.5	parties 0.25	wedding 0.25
rươụ_cẩm	rice 0.3333	violet 0.3333	wine 0.3333
rươụ_cồn	alcohol 1
rươụ_gin	gin 1
rươụ_khai_vị	aperitif 1
rươụ_kêfia	kefir 1
rươụ_lâụ	illegal 0.5	wine 0.5
rươụ_lễ	mass 0.5	wine 0.5
rươụ_mao_đaì	moutai 1
rươụ_muì	liqueur 1
rươụ_mạnh	alcohol 0.25	brandy 0.5	strong 0.25
rươụ_ngang	moonshine 1
rươụ_nặng	brandy 1
rươụ_rum	rum 1
rươụ_sơnap	schnapps 1
rươụ_sưã_ngưạ	koumiss 1
rươụ_uytky	whiskey 1
rươụ_vang	wine 1
rươụ_vodka	vodka 1
rươụ_vàng	wine 1
rươụ_vôtca	vodka 1
rươụ_đế	alcohol 0.5	rice 0.5
rưạ	bush 0.5	hook 0.5
rưả	bathe 0.25	clean 0.25	wash 0.5
rưả_cưa	draw 0.5	set 0.5
rưả_mặn	desalt 0.5	remove 0.25	salt 0.25
rưả_nhục	insult 0.3333	out 0.3333	wash 0.3333
rưả_raý	wash 1
rưả_ruột	administer 0.5	enema 0.5
rưả_tiền	laundering 0.5	money 0.5
rưả_tôị	baptize 0.5	chaisten 0.5
rưả_ảnh	develop 0.5	film 0.5
rước	greet 0.3333	receive 0.3333	welcome 0.3333
rước_khách	guest 0.5	welcome 0.5
rướm	ooze 0.5	sweat 0.5
rướn	grane 1
rườm	redundant 0.3333	superfluous 0.3333	wordy 0.3333
rườm_rà	prolix 0.3333	verbose 0.3333	wordy 0.3333
rườm_tai	unpalatable 1
rườn_rượt	dripping 0.5	wet 0.5
rường	kingpost 1
rường_cột	columns 0.25	keystone 0.5	supports 0.25
rượn	overindulge 1
rượt	chase 0.6667	pursue 0.3333
rượt_theo	after 0.25	cut 0.25	pursue 0.5
rạ	rice 0.5	stubble 0.5
rạc	thin 0.5	worn 0.5
rạc_cẳng	out 0.3333	tire 0.3333	walking 0.3333
rạc_raì	emaciated 0.5	thin 0.25	worn 0.25
rạch	arrogo 0.25	canal 0.08333	ditch 0.125	irrigation 0.2083	slash 0.25	small 0.08333
rạch_roì	clear 0.5	distinctly 0.5
rạm	crab 0.5	species 0.5
rạn	cracked 0.5	crackled 0.5
rạn_nứt	crack 0.5	harmed 0.5
rạng	begin 0.1667	break 0.1667	honour 0.3333	hours 0.1667	small 0.1667
rạng_danh	bring 0.25	fame 0.25	lustre 0.25	shed 0.25
rạng_ngaỳ	dawn 0.5	daybreak 0.5
rạng_rỡ	distinguished 0.3333	illustrious 0.3333	radiant 0.3333
rạng_đông	break 0.1667	dawn 0.6667	day 0.1667
rạp	booth 0.1667	flat 0.1667	ground 0.1667	tent 0.5
rạp_chiêú_bóng	cinema 0.3333	house 0.1667	movie 0.1667	palace 0.1667	picture 0.1667
rạp_chiêú_phim	cinema 1
rạp_hát	theatre 1
rạp_phim	cinema 1
rạp_xi_nê	cinema 1
rạp_xiếc	circus 1
rả_rích	continual 0.5	persistent 0.5
rảnh	free 0.5	leisure 0.5
rảnh_mắt	see 1
rảnh_nợ	end 0.25	good 0.25	riddance 0.25	trouble 0.25
rảnh_rang	bisure 0.3333	free 0.3333	spare 0.3333
rảnh_rôĩ	free 0.3333	idle 0.3333	unoccupied 0.3333
rảnh_tay	free 0.5	hands 0.5
rảnh_thân	able 0.25	cares 0.25	free 0.25	rest 0.25
rảnh_việc	busy 0.25	free 0.5	longer 0.25
rấm	force 1
rấm_bếp	damp 0.3333	down 0.3333	fire 0.3333
rấp	cover 0.5	up 0.5
rất	excessively 0.1667	extremely 0.1667	most 0.1667	much 0.1667	very 0.3333
rất_mực	exceptionally 1
rất_nhiêù	lot 1
rất_tốt	banner 1
rất_đôĩ	excessively 0.5	extremely 0.5
rầm	beam 0.3333	loud 0.3333	noisy 0.3333
rầm_chià	console 1
rầm_rì	murmur 0.5	whisper 0.5
rầm_rĩ	blustering 0.5	clamorous 0.5
rầm_rập	noises 0.5	stamping 0.5
rầm_rộ	loudly 1
rần_rần	tingle 1
rần_rật	noisily 0.5	tumultuously 0.5
rậm	bushy 0.3333	dense 0.3333	thick 0.3333
rậm_rì	bushy 0.5	thickly 0.25	wooded 0.25
rậm_rạp	bushy 0.5	dense 0.5
rậm_rịch	animation 0.5	excitement 0.5
rận	louse 1
rập	closely 0.5	copy 0.5
rập_khuôn	ape 0.3333	copy 0.3333	imitate 0.1667	servilely 0.1667
rập_nôỉ	strike 1
rập_rình	bob 0.5	high 0.1667	low 0.1667	resound 0.1667
rập_rờn	float 1
rắc	dust 0.5	sprinkle 0.5
rắc_rôí	complex 0.3333	complicated 0.3333	intricate 0.3333
rắm	wind 1
rắn	hard 0.3333	rigid 0.1667	serpent 0.1667	snake 0.3333
rắn_chắc	firm 0.5	hard 0.25	solid 0.25
rắn_cấc	hardened 1
rắn_dọc_dưa	coluber 1
rắn_giun	blindworm 1
rắn_hổ_lưả	krait 1
rắn_hổ_mang	copperhead 1
rắn_laỉ	coluber 1
rắn_lục	dendrophis 1
rắn_mang_bành	cobra 1
rắn_môí	lizard 1
rắn_mặt	obstinate 0.3333	stubborn 0.3333	wilful 0.3333
rắn_nước	grass 0.25	snake 0.5	water 0.25
rắn_raó	coluber 1
rắn_rết	centipede 0.25	snake 0.25	snakes 0.25	venomous 0.25
rắp	about 0.1667	be 0.1667	point 0.5	to 0.1667
rằm	day 0.3333	full 0.3333	moon 0.3333
rằn	striped 1
rằn_ri	checquered 0.5	striped 0.5
rằng	that 1
rặc	ebb 1
rặn	contract 0.25	delivered 0.5	muscles 0.25
rặng	chain 0.3333	line 0.3333	row 0.3333
rặt	altogether 0.3333	entirely 0.3333	wholly 0.3333
rẻ	cheap 0.4	inexpensive 0.4	low 0.1	price 0.1
rẻ_mạt	cheap 0.5	dirt 0.5
rẻ_rúng	cheap 0.1667	hold 0.1667	little 0.1667	slight 0.3333	think 0.1667
rẻ_thôí	cheap 0.5	dirt 0.5
rẻ_tiền	cheap 1
rẽ	cleave 0.6667	turn 0.3333
rẽ_duyên	married 0.3333	people 0.3333	separate 0.3333
rẽ_ngang	study 0.5	up 0.5
rẽ_ra	abduct 1
rẽ_roì	clear 0.5	coherent 0.5
rẽ_ràng	clear 0.3333	easy 0.3333	understand 0.3333
rẽ_rọt	distinct 0.5	soft 0.5
rẽ_đôi	fork 1
rếch	clean 0.1667	dirty 0.3333	still 0.1667	unwashed 0.3333
rếch_rác	filthy 1
rết	centipede 1
rề_rà	dawdling 0.5	drawling 0.5
rề_rề	dawdling 0.3333	dragging 0.3333	trailing 0.3333
rền	salvoes 0.5	successive 0.5
rền_rỉ	incessantly 0.5	lament 0.5
rể	bridegroom 0.5	law 0.25	son 0.25
rễ	root 1
rễ_bên	lateral 0.5	root 0.5
rễ_caí	main 0.5	root 0.5
rễ_chùm	fasciculate 0.5	root 0.5
rễ_con	radicle 0.5	rootlet 0.5
rễ_cọc	root 0.5	tap 0.5
rễ_củ	root 0.5	tuberous 0.5
rệ	side 1
rệp	bed 0.25	bug 0.75
rệp_son	cochineal 1
rỉ	drip 0.25	leak 0.25	rust 0.25	rusty 0.25
rỉ_hơi	lips 0.5	open 0.5
rỉ_răng	breathe 0.25	wisper 0.25	word 0.5
rỉ_rả	sporadic 1
rỉ_sét	rust 1
rỉ_tai	ear 0.5	whisper 0.5
rị	back 0.5	pull 0.25	tug 0.25
rịn	ooze 0.5	sweat 0.5
rịt	dress 0.5	tie 0.25	up 0.25
rọ	cage 0.5	trap 0.5
rọ_mõm	muzzle 0.5	ring 0.25	snout 0.25
rọ_raỵ	restless 1
rỏ	drip 0.5	ooze 0.5
rốc	waste 0.5	wasted 0.5
rốc_két	rocket 1
rốn	navel 1
rốn_laị	sit 0.5	wait 0.5
rống	bellow 0.3333	growl 0.3333	roar 0.3333
rốt	last 1
rốt_cuộc	after 0.1667	all 0.1667	finally 0.3333	last 0.3333
rốt_lòng	last 1
rồ	crazy 0.5	mad 0.5
rồ_daị	foolish 0.5	silly 0.5
rồng	chinese 0.25	dragon 0.75
rồng_rắn	fellow 0.5	leader 0.5
rổ	basket 1
rỗ	marked 0.5	pock 0.5
rỗ_chằng	marked 0.3333	pock 0.3333	thickly 0.3333
rỗng	empty 0.5	hollow 0.5
rỗng_không	completely 0.5	empty 0.5
rỗng_ruột	hollow 1
rỗng_tuếch	completely 0.5	empty 0.1667	hollow 0.1667	void 0.1667
rộ	profuse 0.75	vigorous 0.25
rộc	arroyo 0.25	ditch 0.25	small 0.5
rộm	thick 0.5	widespread 0.5
rộn	bustle 0.5	fuss 0.25	raise 0.25
rộn_rã	boisterous 0.5	brouhaha 0.5
rộng	ample 0.1429	broad 0.1429	extensive 0.1429	large 0.1429	loose 0.1429	wide 0.2857
rộng_bụng	broad 0.1667	forbearing 0.3333	generous 0.3333	minded 0.1667
rộng_cẳng	free 1
rộng_khắp	pervasive 1
rộng_lượng	generous 0.3333	magnanimous 0.3333	tolerant 0.3333
rộng_lớn	wide 1
rộng_raĩ	broad 0.1667	commodious 0.1667	free 0.08333	generous 0.1667	handed 0.08333	liberal 0.1667	spacious 0.1667
rộng_thênh_thang	spacious 0.5	vast 0.5
rớ	catch 1
rớm	moist 1
rớt	drop 0.3333	fall 0.6667
rớt_daĩ	dripping 0.5	saliva 0.5
rờ	ar 0.25	feel 0.25	handle 0.25	touch 0.25
rờ_rẩm	dark 0.5	feel 0.25	grope 0.25
rởm	grotesque 0.5	ludicrous 0.5
rởn	creeping 0.25	fear 0.25	flesh 0.25	shiver 0.25
rợ	barbarian 0.5	savage 0.5
rợm	exposed 0.25	shade 0.5	sun 0.25
rợn	fear 0.5	shiver 0.5
rợp	overshadow 0.3333	shade 0.3333	shady 0.3333
rợp_bóng	shade 0.5	shady 0.5
rợp_trơì	overshadow 0.5	sky 0.5
rục	rotten 1
rục_rịch	ready 1
rục_xương	jail 0.5	rot 0.5
rụng	drop 0.5	fall 0.5
rụng_rơì	panic 0.5	stricken 0.5
rụng_trứng	ovulation 1
rụt	back 0.5	withdraw 0.5
rụt_rè	coy 0.3333	shy 0.3333	timid 0.3333
rủ	call 0.5	down 0.25	hang 0.25
rủ_rê	entice 0.5	invite 0.5
rủ_rỉ	coo 0.5	murmur 0.25	softly 0.25
rủn	faint 0.5	flabby 0.5
rủn_chí	flabby 0.5	will 0.5
rủng_rẻng	clink 1
rứt	away 0.1667	off 0.1667	pull 0.1667	tear 0.5
rứt_ruột	heart 0.5	wrung 0.5
rừng	forest 0.3333	jungle 0.1667	savage 0.1667	wild 0.1667	wood 0.1667
rừng_cấm	forest 0.5	protected 0.5
rừng_già	forest 0.3333	high 0.3333	trees 0.3333
rừng_mưa_nhiệt_đơí	rainforest 0.5	tropical 0.5
rừng_nguyên_sinh	forest 0.5	primitive 0.5
rừng_nguyên_thuỷ	forest 0.5	virgin 0.5
rừng_rú	brushwood 1
rừng_rậm	dense 0.25	forest 0.25	thick 0.25	wood 0.25
rừng_rực	ablaze 1
rừng_xanh	forest 1
rực	blazing 0.3333	bright 0.1667	brightly 0.1111	flaring 0.1111	shining 0.1667	up 0.1111
rực_chaý	ablaze 1
rực_rỡ	bright 0.25	colorful 0.25	effulgent 0.25	radiant 0.25
rực_sáng	bright 0.1667	brighten 0.3333	dazzle 0.3333	shine 0.1667
sa	drop 0.3333	fall 0.3333	gauze 0.3333
sa_bôì	alluvial 1
sa_chân	trip 1
sa_cơ	dogsl 0.1667	fal 0.3333	go 0.1667	land 0.3333
sa_giông	newt 1
sa_hoàng	tsar 1
sa_lâỳ	bog 0.5	down 0.5
sa_lê	apple 0.5	sugar 0.5
sa_môn	buddhist 0.5	priest 0.5
sa_mù	fog 1
sa_mạc	desert 1
sa_mạc_gobi	gobi 1
sa_ngã	depraved 1
sa_nhân	amomum 1
sa_sâm	adenophora 1
sa_sâỷ	loss 0.25	suffer 0.25	waste 0.5
sa_sút	decline 0.5	down 0.25	fall 0.25
sa_sả	nag 1
sa_sầm	cloud 0.5	over 0.5
sa_thaỉ	dismiss 0.5	sack 0.5
sa_thạch	sandstone 1
sa_trường	battlefield 1
sa_đoạ	depraved 0.5	utterly 0.5
sa_đà	overindulge 1
sa_đì	orchiocele 1
sa_đề	orchiocele 1
sai	fruitful 0.25	order 0.25	send 0.25	wrong 0.25
sai_baỏ	sai 1
sai_biệt	divergent 0.5	wrong 0.5
sai_khiến	command 0.5	order 0.5
sai_khớp	dislocation 0.5	luxation 0.5
sai_lạc	divergent 1
sai_lầm	erroneous 0.2	error 0.2	mistake 0.2	mistaken 0.2	wrong 0.2
sai_lệch	aberrant 0.5	erroneous 0.5
sai_ngoa	untruthful 1
sai_nha	clerkdom 0.5	soldiery 0.5
sai_phaí	business 0.3333	send 0.3333	some 0.3333
sai_phạm	derogation 0.3333	fault 0.3333	mistake 0.3333
sai_suyễn	error 0.5	incorrection 0.5
sai_sót	error 0.3333	mistake 0.3333	shortcoming 0.3333
sai_số	error 0.5	odd 0.5
sai_traí	wrong 1
sake	sake 1
sakhalin	sakhalin 1
sam	crab 0.1667	king 0.1667	portulaca 0.1667	purslain 0.5
saman_giaó	shamanism 1
samara	samara 1
samari	samarium 1
samurai	samurai 1
san	level 0.3333	mountain 0.3333	revise 0.3333
san_bằng	ground 0.25	level 0.5	raze 0.25
san_hô	coral 1
san_phẳng	level 0.5	smooth 0.25	surface 0.25
san_sẻ	share 1
san_đàn	swarm 1
san_định	revise 1
sang	aside 0.1429	cross 0.1429	expensive 0.1429	into 0.1429	luxurious 0.1429	on 0.2143	to 0.07143
sang_ngang	cross 1
sang_năm	next 0.5	year 0.5
sang_sảng	sonorous 1
sang_số	change 0.25	gear 0.25	shift 0.25	up 0.25
sang_tay	sang 1
sang_trang	over 0.3333	page 0.3333	turn 0.3333
sang_trọng	elegant 0.25	luxurious 0.75
sang_tên	transfer 1
sang_đoạt	appropriate 0.5	rob 0.5
sang_độc	boil 0.5	pustule 0.5
sanh	sinh 1
sanh_hoạt	life 1
sanh_ra	bear 1
sao	how 0.25	star 0.5	why 0.25
sao_biển	starfish 1
sao_băng	bolide 0.3333	meteor 0.3333	shooting 0.1667	star 0.1667
sao_bản	copy 0.5	duplicat 0.5
sao_bắc_cực	pole 0.5	star 0.5
sao_bắc_đâủ	bear 0.25	big 0.25	dipper 0.25	great 0.25
sao_bằng	cannot 0.5	compare 0.5
sao_chép	copy 0.5	transcribe 0.5
sao_chôỉ	comet 1
sao_chế	process 0.5	treat 0.5
sao_chụp	photocopy 1
sao_hoả	mars 1
sao_hôm	evening 0.5	star 0.5
sao_kim	venus 1
sao_la	saola 1
sao_lùn	dwarf 0.5	star 0.5
sao_lùn_trắng	dwarf 0.5	white 0.5
sao_lục	copy 0.5	original 0.5
sao_mai	morning 0.5	star 0.5
sao_mộc	jupiter 1
sao_thuỷ	mercury 1
sao_thổ	saturn 1
sao_truyền	telecopy 1
sao_tẩm	dehydrate 1
sao_xung	pulsar 1
sao_đành	can 0.1667	how 0.1667	tolerate 0.1667	why 0.5
saratov	saratov 1
sarkozy	sarkozy 1
satan	satan 1
satê	satay 1
sau	abaft 0.1	back 0.1	behind 0.2	below 0.1	following 0.1	follows 0.1	hereinafter 0.1	hind 0.1	rear 0.1
sau_cùng	after 0.3333	everyone 0.1667	everything 0.1667	last 0.3333
sau_hết	end 0.5	finally 0.5
sau_lưng	back 0.75	behind 0.25
sau_naỳ	afterward 0.2	afterwards 0.4	future 0.2	later 0.2
sau_nưã	moreover 1
sau_rốt	last 1
sau_sau	gum 0.3333	sweet 0.3333	tree 0.3333
sau_xưa	after 0.25	before 0.25	formely 0.25	future 0.25
sau_đây	below 0.2	following 0.2	follows 0.2	future 0.1	hereinafter 0.2	near 0.1
sau_đó	after 0.25	afterward 0.25	afterwards 0.25	then 0.25
say	drunk 0.2	high 0.2	intoxicated 0.2	prostrate 0.2	sick 0.2
say_khướt	dead 0.5	drunk 0.5
say_maú	keen 0.5	mad 0.5
say_mèm	sozzled 1
say_mê	passion 1
say_nắng	sunstroke 1
say_rươụ	drunk 1
say_sưa	deep 0.1667	habit 0.3333	keep 0.3333	passionately 0.1667
say_đắm	dote 1
saì_gòn	saigon 1
saì_lang	fiendish 0.3333	person 0.3333	wolf 0.3333
saí	inauspicious 0.5	ominous 0.5
saò	perch 0.25	pole 0.25	rod 0.5
saò_huyệt	den 1
saò_saọ	crunch 1
saó	flute 0.3333	myna 0.1667	mynah 0.1667	stereotyped 0.1667	trite 0.1667
saó_mép	chatterbox 1
saó_mòn	commonplace 1
saó_nhỏ	piccolo 1
saó_nâu	indian 0.5	myna 0.5
saó_rỗng	hollow 0.5	trite 0.5
saó_đá	chinese 0.5	starling 0.5
saú	six 1
saú_giờ	o'clock 0.5	six 0.5
saú_mươi	sixty 1
saú_mươi_hai	sixty 0.5	two 0.5
saú_mươi_mốt	sixty 1
saú_tháng	semester 1
saĩ	boatman 1
saỉ	arms 0.5	spread 0.5
saỉ_cánh	span 0.5	spread 0.5
saọ	peach 0.5	tales 0.25	tell 0.25
saỏ	bamboo 0.1667	basket 0.1667	birth 0.25	lattice 0.1667	prematurely 0.25
saỷ	heat 0.5	prickly 0.5
scandi	scandium 1
se	almost 0.25	dry 0.25	pain 0.25	wrung 0.25
se_laị	set 1
se_mình	feel 0.3333	out 0.1667	sorts 0.1667	under 0.1667	weather 0.1667
se_môi	dry 0.5	lips 0.5
sealand	zeeland 1
secnôziom	chernozem 1
sen	hoa 0.3333	lotus 0.3333	sen 0.3333
sen_đầm	gendarme 1
senegál	senegal 1
seoul	seoul 1
seppuku	seppuku 1
serbia	serbia 1
sex_shop	sex 0.5	shop 0.5
seọ	node 0.25	scar 0.75
sheremetyevo	sheremetyevo 1
shinkansen	bullet 0.5	train 0.5
shisha	hookah 1
shortman	thong 1
show_biz	showbusiness 1
shōgun	shogun 1
si	benjamine 0.5	fig 0.5
si_mê	crazy 0.5	head 0.1667	heels 0.1667	over 0.1667
si_ngốc	stupid 1
siberi	siberia 1
siberia	siberia 1
sida	aids 1
silic	silicon 1
simon	simon 1
simôn	simon 1
sin	sine 1
sinh	alive 0.1429	birth 0.1429	born 0.1429	eco 0.1429	life 0.1429	living 0.1429	turn 0.07143	yield 0.07143
sinh_ba	triplets 1
sinh_bình	lifetime 1
sinh_bệnh_học	pathogeny 1
sinh_cách	genitive 1
sinh_dưỡng	vegetative 1
sinh_dục	reproduction 1
sinh_giơí	creatures 0.25	living 0.5	nature 0.25
sinh_hoá_học	biochemistry 1
sinh_hoạt	activities 0.1667	life 0.6667	living 0.1667
sinh_hoạt_phí	fee 0.5	subsistence 0.5
sinh_hàn	refrigerating 1
sinh_hạ	birth 1
sinh_học	biology 1
sinh_khí	force 0.25	vatality 0.5	vital 0.25
sinh_khôí	living 0.4167	mass 0.4167	organisms 0.1667
sinh_khương	fresh 0.5	ginger 0.5
sinh_khả_dụng	bioavailability 1
sinh_kế	livelihood 0.5	living 0.25	means 0.25
sinh_linh	human 0.1667	life 0.1667	people 0.5	sacred 0.1667
sinh_lý	physiological 0.5	physiology 0.5
sinh_lý_học	physiology 1
sinh_lơị	lucrative 0.25	produce 0.25	productive 0.25	profits 0.125	wealth 0.125
sinh_lực	sap 0.5	vitality 0.5
sinh_mệnh	life 1
sinh_ngữ	language 0.5	living 0.5
sinh_nhai	livelihood 1
sinh_nhiệt	pyrogenetic 1
sinh_nhật	birthday 1
sinh_nở	delivered 1
sinh_phần	death 0.3333	pre 0.3333	tomb 0.3333
sinh_quyển	biosphere 1
sinh_quán	birth 0.25	birthplace 0.5	place 0.25
sinh_ra	bear 0.25	become 0.25	birth 0.25	turn 0.25
sinh_sôi	multiply 1
sinh_sản	bear 0.1429	beget 0.1429	birth 0.1429	genserate 0.1429	produce 0.1429	reproduce 0.1429	reproduction 0.1429
sinh_sản_hưũ_tính	reproduction 0.5	sexual 0.5
sinh_sắc	beautiful 0.1667	chromogenic 0.5	chromogenous 0.1667	more 0.1667
sinh_sống	earn 0.25	live 0.5	living 0.25
sinh_sự	cause 0.1667	quarrel 0.1667	quarrelsome 0.3333	troubles 0.3333
sinh_thaí	ecological 1
sinh_thaí_học	ecology 1
sinh_thiết	biopsy 1
sinh_thú	life 0.5	pleasures 0.5
sinh_thơì	lifetime 1
sinh_thực	reproduction 1
sinh_tiền	during 0.5	lifetime 0.5
sinh_trưởng	born 0.25	bred 0.25	grow 0.5
sinh_tư	quadruplets 1
sinh_tố	vitamin 1
sinh_tồn	exist 1
sinh_tổng_hợp	biosynthesis 1
sinh_từ	living 0.3333	mandarin's 0.3333	temple 0.3333
sinh_tử	death 0.5	life 0.5
sinh_viên	student 0.75	students 0.25
sinh_vật	being 0.25	creature 0.5	living 0.125	thing 0.125
sinh_vật_học	biology 1
sinh_vật_nhân_chuẩn	eukaryote 1
sinh_vật_đơn_baò	protist 1
sinh_điạ	raw 0.3333	rhemannia 0.3333	shizome 0.3333
sinh_đôi	born 0.25	twin 0.75
sinh_đẻ	bear 0.5	children 0.5
sinh_đồ	bachelor 0.1667	junior 0.1667	pupil 0.3333	student 0.3333
sinh_động	lifeslike 0.5	lively 0.25	vivid 0.25
siêng	diligent 1
siêng_năng	assiduous 0.5	diligent 0.5
siêu	hyper 0.5	super 0.5
siêu_anh_hùng	superhero 1
siêu_câú_trúc	ultrastructure 1
siêu_cường	superpower 1
siêu_cảm_giác	suprasensible 1
siêu_dẫn	supraconductor 1
siêu_dữ_liêụ	metadata 1
siêu_giai_cấp	above 0.25	classes 0.5	outside 0.25
siêu_hiển_vi	ultramicroscopic 1
siêu_hiện_thực	surrealist 1
siêu_hình_học	metaphysics 1
siêu_hạn	transfinite 1
siêu_họ_ngươì	ape 1
siêu_maý_tính	supercomputer 1
siêu_mâũ	supermodel 1
siêu_nhiên	supernatural 1
siêu_nhân	superman 1
siêu_phàm	superordinary 1
siêu_phản_ứng	superreaction 1
siêu_quần	superordinary 0.5	unusual 0.5
siêu_quốc_gia	supernational 1
siêu_sao	superstar 1
siêu_thanh	supersonic 1
siêu_thần	transtheism 1
siêu_thị	supermarket 1
siêu_thực	surrealist 1
siêu_tân_tinh	supernova 1
siêu_tự_nhiên	supernatural 1
siêu_vi_khuẩn	virus 1
siêu_việt	transcendent 1
siêu_âm	sound 0.25	ultra 0.25	ultrasonic 0.5
siêu_đô_thị	metropolis 1
siêu_đôí_xứng_超對稱	supersymmetry 1
siêu_đẳng	super 1
siêu_đế_quốc	superimperialism 1
siêu_độ	free 0.5	suffering 0.5
siđa	aids 1
siả	slip 0.5	stumble 0.5
siết	cut 0.125	fasten 0.25	off 0.2083	slash 0.08333	squeeze 0.08333	wring 0.25
siểm_nịnh	fawn 1
siểng	bottomed 0.3333	hamper 0.3333	wood 0.3333
skopje	skopje 1
slav	slavic 1
slovakia	slovakia 1
slovenia	slovenia 1
smolensk	smolensk 1
so	compare 0.5	pair 0.5
so_bì	compare 0.25	envious 0.5	enviously 0.25
so_dây	tune 1
so_kè	length 0.125	meanly 0.08333	money 0.2083	niggardly 0.125	particular 0.08333	same 0.125	unequal 0.25
so_le	alternate 0.25	rough 0.25	unequal 0.5
so_maù	colourimetric 1
so_sánh	compare 1
so_đo	advantages 0.3333	compare 0.3333	disadvantaes 0.3333
so_đuã	chopsticks 0.5	pair 0.5
so_đọ	compare 0.3333	enviously 0.3333	things 0.3333
soaí_hạm	flagship 1
sochi	sochi 1
socola	chocolate 1
soi	flash 0.5	luminate 0.5
soi_bóng	reflect 1
soi_roị	enlighten 0.3333	light 0.3333	shed 0.1667	up 0.1667
soi_sáng	enlighten 0.25	light 0.375	shed 0.125	shine 0.25
soi_xét	consider 0.5	examine 0.5
soireé	dress 0.5	wedding 0.5
son	chinese 0.1111	lipstick 0.1111	ochre 0.1667	vermilion 0.2778	young 0.3333
son_môi	lipstick 1
son_phấn	consmetics 0.5	lipstick 0.25	powder 0.25
son_rôĩ	childless 0.5	still 0.5
son_sắt	faithful 0.5	loyal 0.25	unshakably 0.25
son_sẻ	childless 0.5	still 0.5
son_trẻ	vigorous 0.5	young 0.5
song	but 0.3333	however 0.3333	rattan 0.1667	window 0.1667
song_bản_vị	bimetallism 1
song_ca	duet 0.5	sing 0.5
song_công	duplex 1
song_cực	bipolar 1
song_hành	abreast 0.5	go 0.5
song_hỉ	double 0.25	dual 0.25	happiness 0.25	joy 0.25
song_hồ	paper 0.3333	pasted 0.3333	window 0.3333
song_kiếm	couple 0.5	swords 0.5
song_loan	carrier 0.3333	palanquin 0.3333	two 0.3333
song_ngữ	bilingual 1
song_phi	double 0.5	kick 0.5
song_phương	bilateral 1
song_sa	curtained 0.3333	silk 0.3333	window 0.3333
song_song	parallel 1
song_thân	parents 1
song_thê	bigamy 1
song_thần	large 0.3333	threaded 0.3333	vermicelli 0.3333
song_thị	diplopia 1
song_tiêu	bifocal 1
song_tiết_côn	nunchaku 1
song_toàn	both 0.5	complete 0.5
song_trùng	double 1
song_tính_luyến_aí	bisexuality 1
song_tử_diệp	dicotyledon 1
song_đường	parents 1
song_đề	dilemma 1
song_ẩm	enough 0.3333	tea 0.3333	two 0.3333
soup	soup 1
soyuz	soyuz 1
soát	check 1
soát_vé	check 0.5	tickets 0.5
soát_xét	check 0.3333	control 0.3333	examine 0.3333
soì	tallow 0.5	tree 0.5
soí	bald 0.3333	wolf 0.6667
soóc	shorts 1
soĩ	fluent 0.3333	intelligibly 0.3333	speaking 0.3333
soạn	compile 0.08333	compose 0.5	out 0.08333	prepare 0.25	sort 0.08333
soạn_giả	author 0.5	compiler 0.5
soạn_thaỏ	compile 0.5	compose 0.5
soạt	rustling 0.5	sound 0.25	tearing 0.25
soỉ	efficient 0.25	experienced 0.25	gravel 0.25	pebble 0.25
soỉ_phân	coprolite 1
soỉ_ruột	enterolite 1
soỉ_đơì	wise 0.5	wordly 0.5
sputnik	sputnik 1
sri_jayawardenepura_kotte	jayawardenepura 0.3333	kotte 0.3333	sri 0.3333
sri_lanka	lanka 0.5	sri 0.5
stalin	stalin 1
stand	cost 0.5	racket 0.5
stick	clear 0.3333	quiet 0.3333	slim 0.3333
styx	styx 1
su	chayote 1
su_haò	kohlrabi 1
su_lơ	cauliflower 1
su_su	chayote 1
sui	antiar 0.5	badly 0.5
sum_họp	come 0.25	together 0.25	unite 0.5
sum_sê	luxuriant 1
sum_vâỳ	gather 0.5	live 0.25	together 0.25
sun	shoulders 0.1667	shrink 0.5	sun 0.1667	vai 0.1667
sung	cluster 0.25	fig 0.75
sung_chức	appointed 0.5	office 0.5
sung_công	confiscate 1
sung_huyết	congest 1
sung_mãn	abundant 0.5	affluent 0.5
sung_sướng	happy 1
sung_sức	fit 0.25	form 0.25	fully 0.25	good 0.25
sung_túc	well 1
suriname	suriname 1
sushi	sushi 1
suva	suva 1
suy	carfully 0.1667	consider 0.1667	decline 0.1667	over 0.1667	ponder 0.1667	think 0.1667
suy_baị	decadent 1
suy_biến	degrade 1
suy_bì	compare 0.5	envy 0.5
suy_cử	elect 1
suy_di	decline 0.5	deteriorate 0.5
suy_dinh_dưỡng	malnutrition 1
suy_diễn	deduce 0.5	infer 0.5
suy_giảm	decline 0.5	decrease 0.5
suy_luận	deduce 1
suy_lý	vason 1
suy_mòn	cachexy 0.5	consumptive 0.5
suy_nghĩ	reflect 0.3333	think 0.6667
suy_ngẫm	reflect 1
suy_nhược	asthenic 0.5	weakening 0.5
suy_rộng	generalize 1
suy_rộng_ra	generalize 1
suy_suyển	damaged 0.5	harmed 0.5
suy_suyễn	harmed 1
suy_sút	deteriorate 0.5	grow 0.25	worse 0.25
suy_sụp	decline 1
suy_thoaí	retrograde 1
suy_tim	failure 0.5	heart 0.5
suy_tàn	decay 0.5	declination 0.5
suy_tính	calculate 1
suy_tôn	honour 0.5	proclaim 0.5
suy_tư	meditate 0.5	meditation 0.5
suy_tưởng	carefully 0.5	consider 0.5
suy_tị	envious 0.5	envy 0.5
suy_tổn	decline 0.5	worsen 0.5
suy_vi	grow 0.25	weaken 0.5	weaker 0.25
suy_vong	decadence 0.25	decline 0.5	fall 0.25
suy_xét	consider 0.5	out 0.25	think 0.25
suy_yêú	decline 0.5	weaken 0.5
suy_đoán	deduce 0.25	guess 0.75
suy_đôì	depraved 1
suy_đốn	off 0.5	worse 0.5
suyễn	asthma 1
suì	foam 1
suì_sụt	continual 0.3333	lasting 0.2778	long 0.1667	melting 0.1111	tears 0.1111
suôn	flowing 0.5	fluent 0.1667	straight 0.1667	tall 0.1667
suôn_sẻ	flowing 0.5	smooth 0.5
suông	plain 1
suôí	spring 0.5	stream 0.5
suôí_nước	fountain 1
suôí_vàng	shores 0.25	stygian 0.25	styx 0.5
suýt_nưã	almost 0.5	nearly 0.5
suýt_soát	alike 0.3333	almost 0.3333	approximate 0.3333
suả	bark 1
suất	modulus 0.1667	portion 0.1667	rate 0.1667	ration 0.5
suất_phản_chiêú	albedo 1
suỉ_bọt	bubble 0.5	up 0.5
suỉ_caỏ	ravioli 0.5	soup 0.5
suỉ_tăm	bubble 0.5	sparkle 0.5
suốt	all 0.1	always 0.2	bobbin 0.2	cop 0.2	through 0.2	throughout 0.1
suốt_lượt	all 0.5	turn 0.5
suốt_đơì	all 0.5	life 0.5
suồng_sã	familiar 0.1667	freely 0.3333	natural 0.3333	too 0.1667
sydney	sydney 1
syria	syria 1
sà	throw 1
sà_lan	barge 1
sà_lúp	boat 0.3333	motor 0.3333	river 0.3333
sàm_báng	disparage 0.5	down 0.25	run 0.25
sàm_nịnh	fawn 1
sàm_sỡ	familiar 0.25	liberties 0.5	too 0.25
sàn	floor 1
sàn_diễn	stage 1
sàn_nhà	floor 1
sàn_sàn	same 1
sàn_sạt	stopping 0.5	without 0.5
sàng	screen 1
sàng_lọc	creen 0.5	select 0.5
sàng_saỷ	sift 0.5	winnow 0.5
sàng_tuyển	out 0.5	sort 0.5
sành	connoisseur 0.3333	conversant 0.3333	cotta 0.1111	glazed 0.1111	terra 0.1111
sành_soỉ	accomplished 0.3333	efficient 0.3333	experienced 0.1667	well 0.1667
sành_ăn	connoisseur 0.5	food 0.5
sá	all 1
sá_bao	much 1
sá_gì	matter 1
sá_kể	irrespective 0.5	regardless 0.5
sá_quản	mind 1
sách	book 0.8333	e 0.1667
sách_chỉ_dẫn	book 0.5	reference 0.5
sách_diễm_ca	solomon 0.5	song 0.5
sách_dẫn	index 1
sách_giaó_khoa	book 0.2	stategem 0.2	strategy 0.2	textbook 0.2	textbooks 0.2
sách_hướng_dẫn	book 0.5	guide 0.25	reference 0.25
sách_lược	tactics 1
sách_lịch	almanac 1
sách_nhiêũ	bribes 0.5	harass 0.5
sách_trắng	book 0.25	paper 0.25	white 0.5
sách_trực_tuyến	book 0.5	e 0.5
sách_vở	bookish 0.3333	books 0.3333	dogmatic 0.3333
sách_vỡ_lòng	primer 1
sách_xanh	blue 0.5	book 0.5
sám_hôí	repent 0.5	repentance 0.25	show 0.25
sán	come 0.3333	flat 0.1111	intestinal 0.1111	near 0.1667	up 0.1667	worm 0.1111
sán_dây	cestode 0.5	worm 0.5
sán_laĩ	ascaris 1
sán_lá	fluke 0.25	trematode 0.5	worm 0.25
sán_xơ_mít	taenia 1
sán_đâù	shantou 1
sáng	bright 0.2857	clear 0.1429	laminous 0.1429	light 0.2857	morning 0.1429
sáng_bóng	shining 1
sáng_bạch	daylight 0.5	full 0.5
sáng_choang	bright 0.5	brightly 0.25	lit 0.25
sáng_choí	bright 0.25	brilliant 0.5	dazzlingly 0.25
sáng_choí_loị	ablaze 1
sáng_chế	invent 0.5	invention 0.5
sáng_kiến	initiative 0.5	innovation 0.5
sáng_loà	blindingly 0.25	bright 0.5	dazzlingly 0.25
sáng_loáng	glittering 1
sáng_láng	intelligent 0.5	quick 0.25	witted 0.25
sáng_lập	form 0.5	found 0.5
sáng_mai	early 0.25	morning 0.5	tomorrow 0.25
sáng_mắt	eyesight 0.25	good 0.25	seen 0.25	sighted 0.25
sáng_nghiệp	found 1
sáng_ngơì	bright 0.5	brightly 0.25	light 0.25
sáng_quắc	dazzlingly 0.25	flashing 0.5	shining 0.25
sáng_rõ	broad 0.1667	daylight 0.3333	evident 0.1667	full 0.1667	self 0.1667
sáng_rực	blazing 0.5	bright 0.5
sáng_suả	bright 0.4	light 0.4	luminous 0.2
sáng_suốt	clear 0.1667	lucid 0.3333	perspicacious 0.3333	sighted 0.1667
sáng_sớm	early 0.5	morning 0.5
sáng_tai	eared 0.5	keen 0.5
sáng_taọ	create 0.6667	creative 0.3333
sáng_trí	minded 0.25	quick 0.5	witted 0.25
sáng_trưng	bright 0.5	dazzlingly 0.5
sáng_tác	compose 0.3333	create 0.3333	produce 0.3333
sáng_tỏ	bright 0.25	clear 0.5	day 0.25
sáng_ý	quick 0.5	witted 0.5
sánh	spill 0.3333	viscid 0.3333	viscous 0.3333
sánh_bước	abreast 0.25	overtake 0.5	walk 0.25
sánh_duyên	joined 0.25	marriage 0.25	married 0.5
sánh_dạ	bright 1
sánh_taỳ	bear 0.1667	compare 0.3333	comparison 0.1667	match 0.3333
sáp	lipstick 0.25	wax 0.75
sáp_nhập	intergrate 0.5	merge 0.5
sáp_ong	beeswax 1
sát	adjoining 0.3333	close 0.3333	iron 0.3333
sát_haị	assassinate 0.3333	kill 0.3333	murder 0.3333
sát_hạch	examine 0.5	test 0.5
sát_hợp	appropriate 1
sát_khuẩn	antiseptic 1
sát_khí	air 0.3333	look 0.3333	murderous 0.3333
sát_nhân	murderous 1
sát_nách	door 0.25	next 0.25	side 0.5
sát_sao	close 1
sát_sinh	butcher 0.5	slaughter 0.5
sát_sườn	close 0.5	concerning 0.25	directly 0.25
sát_sạt	close 1
sát_thương	anti 0.5	personal 0.5
sát_trùng	antiseptic 1
sâm	ginseng 1
sâm_banh	champagne 1
sâm_cầm	black 0.5	coot 0.5
sâm_nghiêm	decorous 0.5	quiet 0.5
sâm_nhung	antler 0.1667	buidding 0.1667	ginseng 0.1667	strong 0.25	tonics 0.25
sâm_si	differ 0.25	different 0.25	slightly 0.5
sâm_thương	cross 0.3333	never 0.3333	paths 0.3333
sân	course 0.125	court 0.25	courtyard 0.25	ground 0.125	yard 0.25
sân_bay	airport 1
sân_bay_vũ_trụ	cosmodrome 1
sân_bóng	football 0.25	ground 0.25	pitch 0.5
sân_chơi	playground 1
sân_cỏ	football 0.5	ground 0.5
sân_ga	platform 1
sân_gác	flat 0.25	roof 0.5	sun 0.25
sân_hoè	brothers 0.3333	family 0.3333	same 0.3333
sân_khâú	stage 1
sân_lai	parents 1
sân_phơi	drying 0.5	ground 0.5
sân_sau	backyard 1
sân_si	fly 0.25	rush 0.5	temper 0.25
sân_sướng	yard 1
sân_thượng	terrace 1
sân_vận_động	stadium 1
sâu	caterpillar 0.125	decay 0.125	deep 0.25	insect 0.125	pest 0.125	profound 0.125	sound 0.125
sâu_bướm	caterpillar 1
sâu_bệnh	insect 0.5	pest 0.5
sâu_bọ	insect 1
sâu_cay	bitter 1
sâu_hiểm	devilish 1
sâu_hoắm	deep 1
sâu_kín	deep 1
sâu_lắng	deep 0.25	lying 0.25	profound 0.5
sâu_mọt	parasite 1
sâu_nặng	deep 0.75	rooted 0.25
sâu_quảng	phagedaena 1
sâu_róm	caterpillar 1
sâu_răng	caries 0.5	dental 0.5
sâu_rươụ	winebibber 1
sâu_rộng	deep 0.5	wide 0.5
sâu_sát	close 0.25	deep 0.1667	having 0.1667	touch 0.25	understanding 0.1667
sâu_sắc	deep 0.5	profound 0.5
sâu_thẳm	deep 0.5	profound 0.5
sâu_xa	deep 0.3333	far 0.1667	profound 0.3333	reaching 0.1667
sâu_đậm	deepfelt 0.5	profound 0.5
sâu_độc	fiendish 0.5	wicked 0.5
sây_sát	abraded 0.3333	scraped 0.3333	scratched 0.3333
sâù	melancholy 0.5	sad 0.5
sâù_bi	sad 1
sâù_khổ	grievous 0.5	miserable 0.5
sâù_muộn	moping 1
sâù_naõ	deeply 0.25	pervasively 0.25	sad 0.5
sâù_riêng	durian 1
sâù_thảm	doleful 0.5	mournful 0.5
sâù_đâu	china 0.25	neem 0.5	tree 0.25
sâú	dracontomelum 1
sâý	dry 1
sâý_tóc	dry 0.5	hair 0.5
sâỳ	scratched 1
sâỵ	reed 1
sâỷ	lose 1
sâỷ_chân	false 0.25	step 0.25	trip 0.5
sâỷ_tay	attention 0.3333	drop 0.3333	ley 0.3333
sâỷ_thai	abort 0.5	miscarry 0.5
sè	hot 0.5	stingly 0.5
séc	cheque 0.6667	czechia 0.3333
sém	burned 0.3333	burnt 0.25	layer 0.08333	rice 0.08333	singed 0.25
sét	agril 0.0625	bolt 0.0625	clay 0.25	measured 0.0625	rust 0.125	strike 0.0625	struck 0.125	thunder 0.125	thunderbolt 0.125
sét_hòn	ball 0.5	lightning 0.5
sên	leech 0.3333	snail 0.3333	terrestrial 0.3333
sên_laĩ	slug 1
sênh	castanets 1
sênh_tiền	castanets 0.3333	coins 0.3333	stringed 0.3333
sêú	crane 1
sì	excessively 0.3333	extremely 0.3333	very 0.3333
sì_sụp	genuflexions 0.5	many 0.5
sì_sụt	sob 1
sình	distend 0.25	marshy 0.25	muddy 0.25	swell 0.25
sình_lâỳ	marshy 0.5	swampy 0.5
sính	fond 0.5	like 0.25	much 0.25
sính_lễ	presents 0.5	wedding 0.5
síp	cyprus 1
sít	close 1
sít_sao	close 0.5	knit 0.5
sít_sịt	close 1
sò	arca 1
sòng	straighforward 0.5	unequivocal 0.5
sòng_bạc	casino 1
sòng_phẳng	always 0.1667	due 0.1667	fair 0.1667	impartial 0.25	straightforward 0.25
sòng_sọc	angry 0.1667	bubling 0.5	flashing 0.1667	glares 0.1667
sóc	squirrel 1
sóc_chuột	chipmunk 1
sóm_sém	old 0.5	toothless 0.5
sóng	even 0.1111	out 0.1111	shake 0.1111	wave 0.6667
sóng_cồn	tidal 0.5	wave 0.5
sóng_gió	downs 0.1667	troubles 0.3333	ups 0.1667	waves 0.1667	wind 0.1667
sóng_lớn	tidal 0.5	wave 0.5
sóng_sánh	shake 1
sóng_sượt	full 0.5	length 0.5
sóng_thần	tsunami 1
sóng_điện_từ	electromagnetic 0.5	wave 0.5
sót	miss 0.25	omit 0.25	out 0.25	remain 0.25
sót_nhau	placental 0.5	retention 0.5
sô	coarse 0.5	gauze 0.5
sô_cô_la	chocolate 1
sô_gai	coarse 0.3333	gauze 0.3333	linen 0.3333
sô_vanh	chauvinist 0.6667	chauvinistic 0.3333
sô_vanh_chủ_nghiã	chauvinist 1
sôcôla	chocolate 1
sôi	boil 0.25	boiled 0.5	rumble 0.25
sôi_gan	foam 0.5	rage 0.5
sôi_nôỉ	ebullient 0.5	exciting 0.5
sôi_sục	boil 0.5	seethe 0.5
sôi_tiết	boil 0.3333	over 0.3333	rage 0.3333
sôi_động	effervescent 1
sông	river 1
sông_amur	amur 1
sông_caí	river 1
sông_con	little 0.25	stream 0.25	tributary 0.5
sông_congo	congo 1
sông_cưủ_long	mekong 1
sông_donau	danube 1
sông_hằng	ganges 1
sông_lớn	mekong 1
sông_mê_kông	mekong 1
sông_ngoì	rivers 0.5	streams 0.5
sông_ngân	milky 0.5	way 0.5
sông_nuí	country 0.5	land 0.1667	mountains 0.1667	rivers 0.1667
sông_nước	waterways 1
sông_ohio	ohio 1
sông_đaò	canal 0.5	channel 0.5
sôvanh_chủ_nghiã	chauvinist 1
sôì	floss 0.4444	oak 0.4444	silk 0.1111
sôỉ	barren 0.5	sterile 0.5
sù_sụ	deep 0.5	persistent 0.5
sùm_soà	grow 0.25	rampant 0.5	rank 0.25
sùng	believe 0.5	revere 0.5
sùng_aí	favourite 0.5	love 0.25	treat 0.25
sùng_baí	devotion 0.3333	revere 0.3333	worship 0.3333
sùng_kính	revere 1
sùng_mộ	esteem 0.3333	high 0.3333	hold 0.3333
sùng_ngoaị	xenophile 1
sùng_phụng	workship 1
sùng_sục	away 0.1667	boil 0.1667	bubble 0.1667	noisily 0.1667	over 0.1667	seethe 0.1667
sùng_thượng	honour 1
sùng_thần	favourite 1
sùng_tín	believe 0.5	fervently 0.5
sùng_đaọ	devout 0.3333	religious 0.6667
sú	aegiceras 0.3333	mix 0.3333	together 0.1667	up 0.1667
súc	big 0.1667	log 0.3333	rinse 0.3333	roll 0.1667
súc_sinh	animal 0.25	cad 0.5	domestic 0.25
súc_sắc	dice 1
súc_tích	concise 0.5	terse 0.5
súc_vật	animal 1
sún	decayed 1
súng	gun 0.5	lily 0.25	water 0.25
súng_cao_su	catapult 0.5	slingshot 0.5
súng_côí	mortar 1
súng_hơi	air 0.5	gun 0.5
súng_lục	gun 0.5	revolver 0.5
súng_ngắn	pistol 1
súng_phun_lưả	flamethrower 1
súng_thần_công	cannon 1
súng_trường	gun 0.3333	rifle 0.6667
súp_de	boiler 1
súp_lơ	cauliflower 1
súp_vây_cá_mập	fin 0.3333	shark 0.3333	soup 0.3333
sút	decline 0.1429	lose 0.07143	reduce 0.1429	shoot 0.1429	shot 0.1429	slip 0.1429	split 0.1429	weight 0.07143
sút_kém_to	decline 0.5	deteriorate 0.5
sút_ngươì	flesh 0.25	lose 0.5	strength 0.25
săm	inner 0.25	tube 0.75
săm_lốp	tube 0.5	tyre 0.5
săm_soi	good 0.5	look 0.5
săn	down 0.08333	hunt 0.25	shrinking 0.1667	shrunk 0.1667	swift 0.1667	tightly 0.08333	twisted 0.08333
săn_bắn	go 0.1667	hunt 0.8333
săn_bắt	down 0.5	hunt 0.5
săn_bắt_cá_voi	whaling 1
săn_gân	brawny 0.5	sinewy 0.5
săn_sóc	after 0.25	look 0.25	nurse 0.5
săn_tin	hunt 0.5	information 0.5
săn_đuôỉ	chase 1
săn_đón	solicitingly 0.5	welcome 0.5
săng	coffin 1
sĩ	bishop 0.25	feudal 0.375	intellectual 0.125	intelligentsia 0.125	scholar 0.125
sĩ_diện	face 1
sĩ_hoạn	mandarin 0.3333	mandarinate 0.3333	mandarindom 0.3333
sĩ_khí	fighting 0.1111	honour 0.1111	probity 0.1667	scholar's 0.2778	sense 0.1111	soldier's 0.1111	spirit 0.1111
sĩ_lâm	literati 1
sĩ_phu	feudal 0.5	intellectual 0.5
sĩ_quan	officer 1
sĩ_số	attendants 0.25	number 0.5	pupils 0.25
sĩ_thứ	common 0.3333	intellectuals 0.3333	people 0.3333
sĩ_tốt	man 0.5	ranks 0.5
sĩ_tử	candidate 1
sũng	drip 1
sơ	cursory 0.1667	distant 0.3333	indifferent 0.1667	intinate 0.1667	paltry 0.1667
sơ_bộ	preliminary 1
sơ_caỏ	draft 0.5	first 0.5
sơ_chế	preliminary 0.3333	subject 0.3333	treatment 0.3333
sơ_cưú	aid 0.5	first 0.5
sơ_giao	acquainted 0.5	newly 0.5
sơ_giản	brief 0.5	summary 0.5
sơ_học	education 0.5	elementary 0.5
sơ_hở	spot 0.25	weak 0.25	weakness 0.5
sơ_khai	beginning 0.5	start 0.5
sơ_khaỏ	examination 0.5	primery 0.5
sơ_kiến	first 0.5	interview 0.5
sơ_kết	interim 0.1667	partially 0.1111	preliminary 0.1667	review 0.3333	sum 0.1111	up 0.1111
sơ_lược	cursory 0.5	sketchy 0.5
sơ_mi	shirt 1
sơ_ngộ	first 0.5	meeting 0.5
sơ_nhiễm	infection 0.5	primary 0.5
sơ_phạm	committed 0.1111	first 0.4444	infraction 0.1667	time 0.1111	violation 0.1667
sơ_saì	care 0.125	cursory 0.25	spare 0.25	sparse 0.25	without 0.125
sơ_sinh	born 0.5	new 0.5
sơ_siạ	summary 1
sơ_suất	careless 0.5	negligent 0.5
sơ_thaỏ	draft 0.5	roughly 0.5
sơ_tuyển	preliminary 0.5	selection 0.5
sơ_tán	evacuate 1
sơ_ý	inattentive 0.5	negligent 0.5
sơ_đẳng	basic 0.3333	elementary 0.3333	primary 0.3333
sơ_đồ	diagram 0.5	outline 0.5
sơn	mountain 0.25	paint 0.5833	tree 0.08333	wax 0.08333
sơn_ca	nightingale 1
sơn_cước	area 0.5	mountain 0.5
sơn_cốc	dale 0.5	ravine 0.5
sơn_dâù	oil 0.5	paint 0.5
sơn_dã	area 0.3333	out 0.3333	way 0.3333
sơn_dương	chamois 1
sơn_haò	delicacy 0.5	game 0.5
sơn_hà	country 0.3333	land 0.3333	mountain 0.1667	river 0.1667
sơn_hệ	mountain 0.5	range 0.25	system 0.25
sơn_lâm	forest 0.25	greenwood 0.5	mountain 0.25
sơn_maì	lacquer 1
sơn_môn	mountain 0.5	pagoda 0.5
sơn_mạch	chain 0.5	mountain 0.5
sơn_nhân	hermit 0.5	mountainer 0.5
sơn_phaó	artillery 0.5	mountain 0.5
sơn_then	black 0.5	lacquer 0.5
sơn_thuỷ	landscape 0.5	natural 0.25	scenery 0.25
sơn_thần	god 0.5	mountain 0.5
sơn_tinh	genie 0.5	mountain 0.5
sơn_tra	hawthorn 1
sơn_trang	farm 0.5	mountain 0.5
sơn_traị	camp 0.5	mountain 0.5
sơn_trà	camellia 1
sơn_tràng	woodman 1
sơn_tây	shanxi 1
sơn_văn_học	orography 1
sơn_xuyên	canal 0.5	river 0.5
sơn_xì	paint 0.5	spray 0.5
sơn_đông	shandong 1
sơí	arena 1
sơỉ	measles 1
sơị	fibre 0.25	thread 0.25	yarn 0.5
sư	bonze 0.3333	division 0.3333	priest 0.1667	uddhist 0.1667
sư_bà	bonze 0.3333	elderly 0.3333	female 0.3333
sư_bác	bonze 0.3333	intermediate 0.3333	ranking 0.3333
sư_cụ	bonze 0.3333	high 0.3333	ranking 0.3333
sư_huynh	fellow 1
sư_hưũ	friend 0.5	teacher 0.5
sư_mô	bonzedom 1
sư_nữ	bonze 0.25	buddhist 0.25	female 0.25	nun 0.25
sư_phó	king's 0.5	tutor 0.5
sư_phạm	pedagogics 0.5	pedagogy 0.5
sư_phụ	master 1
sư_saĩ	bonzes 1
sư_sinh	pupil 0.5	teacher 0.5
sư_thúc	brother 0.3333	teacher 0.3333	younger 0.3333
sư_trưởng	commander 0.1667	division 0.1667	master 0.5	mastermind 0.1667
sư_tử	leo 0.3333	lion 0.6667
sư_tử_caí	lioness 1
sư_ông	bonzedom 1
sư_đoàn	division 1
sư_đoàn_trưởng	commander 0.5	division 0.5
sư_đệ	disciple 0.5	teacher 0.5
sưng	swell 1
sưng_húp	considerably 0.5	swell 0.5
sưng_vù	puffy 1
sưu_thuế	fees 0.5	taxes 0.5
sưu_tầm	collect 0.5	search 0.5
sưu_tập	collect 0.5	collection 0.5
sưá	fish 0.25	jelly 0.25	jellyfish 0.5
sưã	milk 1
sưã_chua	prostokvasha 0.5	yogurt 0.5
sưã_chua_đặc	prostokvasha 1
sưã_non	colostrum 1
sưã_đâụ_nành	milk 0.5	soy 0.5
sưã_đặc	condensed 0.5	milk 0.5
sương	dew 1
sương_giá	frost 1
sương_muôí	hoarfrost 1
sương_mù	fog 0.6667	mist 0.3333
sươỉ	warm 1
sươỉ_nắng	sunbathe 1
sưả	adjust 0.2	correct 0.3	put 0.1	repair 0.3	right 0.1
sưả_chưã	correct 0.5	repair 0.5
sưả_móng_chân	pedicure 1
sưả_móng_tay	manicure 1
sưả_sang	o 0.1667	redecorate 0.5	reform 0.1667	t 0.1667
sưả_soạn	dress 0.25	prepare 0.25	ready 0.25	set 0.25
sưả_đôỉ	modification 0.3333	modify 0.3333	reform 0.3333
sướng	elated 0.3333	happy 0.6667
sướng_mắt	fair 0.3333	fine 0.3333	spectacular 0.3333
sướt	graze 0.3333	scratch 0.3333	slightly 0.3333
sườn	chest 0.08333	frame 0.25	man's 0.08333	plan 0.25	side 0.3333
sườn_sượt	lazily 0.5	sprawling 0.5
sượng	ashamed 0.1111	crunchy 0.1667	feel 0.2778	immature 0.1667	slightly 0.1111	uneasy 0.1667
sượng_mặt	awkward 0.5	feel 0.5
sạ	seed 0.5	sow 0.5
sạch	clean 0.6667	cleanly 0.3333
sạch_bong	clean 0.25	spotless 0.5	spotlessly 0.25
sạch_mắt	sighty 1
sạch_nước_cản	comely 1
sạch_sẽ	clean 0.6667	cleanly 0.3333
sạch_truị	clean 0.5	finished 0.5
sạch_tôị	all 0.3333	cleaned 0.3333	faults 0.3333
sạm	brown 0.25	browned 0.25	burnt 0.25	tawing 0.25
sạm_hoá	brown 1
sạm_mặt	face 0.25	lose 0.25	shamefaced 0.5
sạm_nắng	brown 1
sạn	grit 1
sạn_mặt	face 0.25	lose 0.25	shamefaced 0.5
sạn_đaọ	dangerous 0.3333	mountain 0.3333	road 0.3333
sạp	bamboo 0.1111	dance 0.1111	floor 0.1667	goods 0.1667	pole 0.1111	sitting 0.1667	stall 0.1667
sạt	all 0.1667	lose 0.1667	off 0.1667	part 0.1667	past 0.1667	whiz 0.1667
sạt_lở	erosion 0.3333	landslide 0.3333	subsidence 0.3333
sạt_lở_bờ_sông	erosion 0.5	riverbank 0.5
sạt_nghiệp	collapse 0.5	ruin 0.5
sạt_sành	grasshopper 0.3333	horned 0.3333	long 0.3333
sả	citronella 0.5	cut 0.25	pieces 0.25
sản_hâụ	natal 0.5	post 0.5
sản_khoa	obstetrics 1
sản_khoa_học	midwifery 0.5	obstetrics 0.5
sản_lượng	output 0.3333	production 0.3333	yield 0.3333
sản_nghiệp	estate 0.5	property 0.5
sản_phẩm	product 1
sản_phụ	childbirth 0.25	lying 0.25	woman 0.5
sản_sinh	generate 0.3333	produce 0.3333	yield 0.3333
sản_vật	product 1
sản_xuất	make 0.125	manufacture 0.25	produce 0.25	production 0.25	to 0.125
sảng	rave 1
sảng_khoaí	buoyant 0.5	cheery 0.5
sảnh	building 0.25	drawing 0.25	office 0.25	room 0.25
sảnh_đường	residence 0.5	yamen 0.5
sấm	oracle 0.25	prophecy 0.25	thunder 0.5
sấm_ngôn	prophetic 0.5	saying 0.5
sấm_sét	thunder 0.25	thunderbolt 0.25	thunderlike 0.5
sấm_truyền	prophesies 1
sấn	headlong 0.25	rush 0.75
sấn_sổ	rush 0.5	violently 0.5
sấp	prone 0.5	reverse 0.5
sấp_mặt	double 0.25	faced 0.25	shifty 0.5
sấp_ngưả	head 0.5	tail 0.5
sất	all 1
sầm	bang 0.25	cloud 0.125	darken 0.25	over 0.125	slam 0.25
sầm_uất	busy 0.3333	crowded 0.3333	grown 0.1111	luxuriant 0.1111	vegetation 0.1111
sần	full 0.25	lumpy 0.5	pustules 0.25
sần_mặt	lumpy 0.5	shamefaced 0.5
sần_suì	lumpy 1
sần_sật	crunchy 1
sẩm	dusk 1
sẩm_tôí	dark 0.5	dusk 0.5
sẩn	coarse 0.5	pustular 0.5
sẫm	dark 0.5	deep 0.5
sậm	dark 1
sậm_maù	colour 0.5	dark 0.5
sậm_sựt	crunchingly 1
sập	bang 0.3333	collapse 0.3333	shut 0.3333
sập_suì	intermittent 1
sật	crunch 1
sắc	acute 0.125	charm 0.04167	colour 0.125	down 0.0625	exercising 0.04167	extract 0.125	lead 0.0625	sharp 0.125	simmer 0.125	temple's 0.04167	tone 0.125
sắc_chiêú	proclamation 0.5	royal 0.5
sắc_chỉ	ordinance 0.5	royal 0.5
sắc_cạnh	acute 0.5	sharp 0.5
sắc_dục	concupiscence 0.5	lust 0.5
sắc_giơí	appearances 0.5	world 0.5
sắc_luật	decree 1
sắc_lệnh	decree 1
sắc_maọ	habitus 1
sắc_mặt	complexion 0.25	countenance 0.25	face 0.5
sắc_nước	beauty 0.5	sharp 0.5
sắc_phong	honous 0.5	knight 0.5
sắc_phục	dress 0.5	full 0.5
sắc_saỏ	fine 0.3333	sharp 0.5	witted 0.1667
sắc_thaí	aspect 0.25	colour 0.25	colouring 0.08333	meaning 0.08333	nuance 0.25	shade 0.08333
sắc_tố	pigment 1
sắc_tộc	ethnic 0.25	group 0.25	race 0.5
sắc_tứ	bestowed 0.3333	decree 0.3333	royal 0.3333
sắc_đẹp	beauty 0.5	glamour 0.5
sắm	buy 0.1667	go 0.3333	shop 0.3333	shopping 0.1667
sắm_sanh	go 0.25	shop 0.5	shopping 0.25
sắm_sưả	preparations 0.3333	prepare 0.3333	ready 0.3333
sắm_vai	act 0.5	play 0.25	role 0.25
sắn	cassava 0.5	manioc 0.5
sắn_bìm	big 0.1667	concubine 0.5	creeper 0.1667	tree's 0.1667
sắn_dây	kudzu 1
sắn_generic_term	cassava 1
sắp	about 0.05556	arrange 0.1111	band 0.1111	forthcoming 0.1111	gang 0.1111	group 0.1111	keep 0.03704	pile 0.1111	ready 0.03704	set 0.1481	to 0.05556
sắp_chữ	set 0.5	types 0.5
sắp_hàng	line 0.25	lines 0.25	stand 0.25	up 0.25
sắp_sưả	preparations 0.5	ready 0.5
sắp_sưả_𢯛𢯢	about 0.5	to 0.5
sắp_sẵn	prepare 0.3333	prepared 0.3333	ready 0.3333
sắp_tơí	coming 0.5	upcoming 0.5
sắp_xếp	arrange 0.5	plan 0.5
sắp_xếp_laị	format 1
sắp_đặt	arrange 0.5	organize 0.5
sắt	firm 0.25	iron 0.5	pain 0.125	wrung 0.125
sắt_son	constant 1
sắt_thép	iron 0.5	steel 0.5
sắt_tây	tin 1
sắt_vụn	iron 0.5	scap 0.5
sắt_đá	iron 0.75	stone 0.25
sằng_sặc	cackling 1
sẵn	available 0.3333	hand 0.3333	ready 0.3333
sẵn_có	built 1
sẵn_dịp	occasion 0.5	way 0.5
sẵn_lòng	prepared 0.5	willing 0.5
sẵn_sàng	prepared 0.125	ready 0.25	set 0.25	speedy 0.25	willing 0.125
sẵn_tay	hand 0.5	reach 0.25	within 0.25
sặc	choke 0.5	reek 0.5
sặc_gạch	blood 0.1	exacting 0.2	exhausting 0.2	fully 0.1	powers 0.1	stretch 0.1	stretched 0.1	vomit 0.1
sặc_suạ	reeking 0.5	reekingly 0.5
sặc_sỡ	gaudy 0.5	showy 0.5
sặm	dark 1
sặm_maù	coloured 0.5	dark 0.5
sặt	arrow 0.5	brake 0.25	cane 0.25
sẹ	semen 1
sẻ	divide 0.25	share 0.25	sparrow 0.5
sẻ_chia	share 1
sẻn	stingy 1
sẻn_so	miserly 0.5	stingy 0.5
sẽ	going 0.1667	shall 0.1667	should 0.1667	will 0.3333	would 0.1667
sẽ_hay	see 0.5	will 0.5
sến	bassia 1
sếp	boss 1
sề	bamboo 0.1667	basket 0.1667	farrowed 0.5	lattice 0.1667
sểnh	neglectful 0.5	unwatchful 0.5
sểnh_ra	attention 0.1667	neglect 0.5	pay 0.1667	proper 0.1667
sểnh_tay	little 0.3333	negligence 0.3333	show 0.3333
sệ	down 0.5	hasy 0.5
sệ_nệ	lumberly 1
sệt	thick 1
sỉ	wholesale 1
sỉ_nhục	disgrace 0.1667	dishonour 0.1667	dishourable 0.1667	down 0.08333	ignoble 0.1667	ignominous 0.1667	play 0.08333
sỉnh	gradually 0.3333	grow 0.3333	up 0.3333
sịch	happen 0.3333	stir 0.3333	suddenly 0.3333
sịt	black 0.1667	dull 0.1667	livid 0.3333	sniff 0.3333
sọ	skull 1
sọ_dưà	coconut 0.5	shell 0.5
sọm	decrepit 1
sọm_ngươì	age 0.5	older 0.5
sọm_sẹm	decrepit 0.5	emacitated 0.5
sọt	basket 0.5	crate 0.25	cylindrical 0.25
sọt_giâý	basket 0.3333	paper 0.3333	waste 0.3333
sọt_rác	can 0.3333	dustbin 0.3333	garbage 0.1667	trash 0.1667
số	destiny 0.1667	fate 0.1667	figure 0.1667	lot 0.08333	number 0.25	size 0.08333	sum 0.08333
số_ba	three 1
số_bị_chia	dividend 1
số_bị_nhân	multiplicant 1
số_chia	divisor 1
số_chó	dog's 0.5	life 0.5
số_de	reverse 1
số_dôi	excedent 0.5	surplus 0.5
số_dư	balance 0.5	remainder 0.5
số_hiêụ	number 0.5	sign 0.5
số_hư	abstract 0.5	number 0.5
số_hưũ_tỉ	number 0.5	rational 0.5
số_hạng	term 1
số_học	arithmetics 1
số_không	nought 0.3333	zero 0.6667
số_khôí	mass 0.5	number 0.5
số_kiếp	destiny 0.3333	fate 0.3333	lot 0.3333
số_liêụ	data 1
số_liệt	numbers 0.5	series 0.5
số_là	fact 0.5	owing 0.5
số_lượng	amount 0.25	cardinal 0.375	number 0.125	quantity 0.25
số_lớn	greatest 0.25	majority 0.5	part 0.25
số_mũ	exponent 1
số_mệnh	destiny 0.3333	fate 0.3333	lot 0.3333
số_một	first 0.25	number 0.25	one 0.25	overall 0.25
số_mục	list 1
số_nguyên_tố	number 0.5	prime 0.5
số_nguyên_tử	atomic 0.5	number 0.5
số_nhiêù	plural 1
số_nhân	multiplier 1
số_phận	destiny 0.3333	fate 0.3333	lot 0.3333
số_phức	complex 0.5	number 0.5
số_thành	result 1
số_thứ_tự	number 0.5	ordinal 0.5
số_tử_vi	horoscope 1
số_vô_tỉ	irrational 0.5	number 0.5
số_ít	minority 0.5	singular 0.5
số_đen	bad 0.1667	ill 0.1667	luck 0.3333	misfortune 0.3333
số_điện_thoaị	number 0.5	telephone 0.5
số_đo	measurement 1
số_đông	majority 1
số_đếm	cardinal 0.5	number 0.5
số_đỏ	fortune 0.3333	good 0.1667	luck 0.5
sốc	shock 1
sốc_văn_hoá	culture 0.5	shock 0.5
sống	alive 0.25	back 0.125	live 0.25	rare 0.0625	raw 0.0625	ridge 0.125	spine 0.125
sống_chết	all 0.25	costs 0.25	death 0.25	life 0.25
sống_còn	exist 0.5	vital 0.5
sống_dai	perennial 1
sống_laị	again 0.1111	come 0.1111	dead 0.1111	life 0.1111	relive 0.3333	resurrect 0.1111	rise 0.1111
sống_lâu	bless 1
sống_lưng	backbone 0.5	spine 0.5
sống_maí	cock 0.25	finish 0.5	hen 0.25
sống_nhăn	alive 0.25	all 0.25	done 0.25	kicking 0.25
sống_sít	raw 0.5	undone 0.25	uripe 0.25
sống_sót	survive 1
sống_sượng	brazen 0.5	impudent 0.5
sống_thác	die 0.5	live 0.5
sống_thưà	good 0.25	nothing 0.25	society 0.25	useless 0.25
sống_trâu	back 0.5	hog's 0.5
sống_động	lively 1
sốt	fever 0.3333	hot 0.1667	steaming 0.1667	temperature 0.3333
sốt_aptơ	disease 0.3333	foot 0.3333	mouth 0.3333
sốt_deỏ	hot 1
sốt_gan	angry 0.5	anxious 0.5
sốt_ruột	anxious 0.5	impatient 0.5
sốt_rét	malaria 1
sốt_sắng	hearted 0.25	whole 0.25	zealous 0.5
sốt_sột	once 1
sốt_vàng	fever 0.5	yellow 0.5
sốt_vó	harassed 1
sốt_xuất_huyết	fever 0.5	petechial 0.5
sồ	bulky 1
sồ_sề	bodied 0.3333	full 0.3333	slovenly 0.3333
sồn_sồn	aged 0.5	middle 0.5
sồn_sột	crunchingly 1
sồng	bark 0.3333	brown 0.3333	dyer's 0.3333
sổ	book 0.4	cross 0.2	overgrown 0.1	register 0.06667	spilt 0.1	stroke 0.06667	vertical 0.06667
sổ_caí	leger 1
sổ_chi	book 0.5	charges 0.5
sổ_hộ_khâủ	family 0.5	register 0.5
sổ_kho	book 0.5	warehouse 0.5
sổ_lòng	delivered 0.5	just 0.5
sổ_lông	fluff 1
sổ_lương	book 0.5	pay 0.5
sổ_lồng	away 0.1667	break 0.1667	escape 0.1667	let 0.25	out 0.25
sổ_muĩ	nose 0.5	running 0.5
sổ_nhật_ký	diary 1
sổ_quỹ	book 0.5	cask 0.5
sổ_sách	books 0.5	records 0.5
sổ_sách_kế_toán	book 1
sổ_tay	notebook 1
sổ_thai	expulsion 0.5	foetus 0.5
sổ_thu	book 0.5	receipts 0.5
sổ_thu_chi	expenses 0.3333	receipts 0.3333	register 0.3333
sổ_tiết_kiệm	book 0.5	savings 0.5
sổ_toẹt	cross 0.5	reject 0.5
sổ_vàng	book 0.5	golden 0.5
sổ_đen	black 0.5	list 0.5
sổ_điền	census 0.5	record 0.5
sổng	break 0.25	escape 0.5	loose 0.25
sổng_sểnh	left 0.25	unattended 0.25	unwatched 0.5
sỗ	impertinent 0.3333	insolent 0.3333	saucy 0.3333
sỗ_sàng	impertinent 0.3333	insolent 0.3333	saucy 0.3333
sộp	generous 0.3333	handed 0.1111	luxurious 0.1111	open 0.1111	swell 0.3333
sột_soạt	rustle 0.5	rustling 0.5
sớ	king 0.5	petition 0.5
sớm	early 0.5	soon 0.5
sớm_chiêù	all 0.3333	day 0.3333	long 0.3333
sớm_hôm	evening 0.5	morning 0.5
sớm_khuya	day 0.5	night 0.5
sớm_muộn	later 0.5	sooner 0.5
sớm_suả	earlier 0.5	usual 0.5
sớm_thất_baị	abortive 1
sớn_sác	bewildered 0.5	hasty 0.5
sớt	divide 0.25	pour 0.25	share 0.5
sờ	ess 0.25	feel 0.25	touch 0.5
sờ_mó	touch 1
sờ_nắn	palpate 1
sờ_soạng	cuddle 0.3333	grope 0.3333	touch 0.1667	up 0.1667
sờ_sờ	conspicuous 0.5	obvious 0.5
sờn	heart 0.1667	lose 0.1667	threadbare 0.3333	torn 0.3333
sờn_lòng	heart 0.5	lose 0.5
sở	department 0.75	office 0.125	service 0.125
sở_bưu_điện	office 0.5	post 0.5
sở_câù	aspiration 0.5	wish 0.5
sở_câỵ	rely 1
sở_công_thương	department 0.3333	industry 0.3333	trade 0.3333
sở_cứ	base 0.3333	foundation 0.3333	ground 0.3333
sở_dĩ	if 0.5	why 0.5
sở_ghextapô	gestapo 1
sở_hưũ	hold 0.25	own 0.5	possess 0.25
sở_hưũ_trí_tuệ	intellectual 0.5	property 0.5
sở_khanh	lover 0.5	unfaithful 0.5
sở_kiến	knows 0.25	seen 0.25	what 0.5
sở_ngoaị_vụ	affairs 0.3333	department 0.3333	foreign 0.3333
sở_nguyện	wish 1
sở_ngành	agencies 0.5	departments 0.5
sở_nôị_vụ	affairs 0.3333	department 0.3333	home 0.3333
sở_quan	concerned 0.5	interested 0.5
sở_taì_chính	department 0.5	finance 0.5
sở_taị	local 0.5	resident 0.5
sở_thích	like 0.3333	liking 0.3333	taste 0.3333
sở_thích_riêng	hobby 1
sở_thú	zoo 1
sở_trường	forte 0.5	point 0.25	strong 0.25
sở_tư_pháp	department 0.5	justice 0.5
sở_vọng	wish 1
sở_xây_dựng	construction 0.5	department 0.5
sở_y_tế	department 0.5	health 0.5
sở_đoản	foible 0.3333	point 0.1667	weak 0.1667	weakness 0.3333
sở_đắc	knowledge 0.5	line 0.5
sở_ước	aspiration 0.5	wish 0.5
sởn	creep 0.5	end 0.25	stand 0.25
sởn_mởn	buxom 0.5	plump 0.5
sởn_sơ	hearted 0.5	light 0.5
sợ	afraid 0.25	fear 0.5	fearful 0.25
sợ_haĩ	fear 0.25	fearful 0.25	frightened 0.25	scared 0.25
sợ_sệt	afraid 0.3333	fear 0.3333	fearful 0.3333
sụ	much 0.3333	very 0.3333	whoppingly 0.3333
sục_saọ	scour 0.5	search 0.5
sụm	collapse 0.5	fall 0.25	over 0.25
sụn	cartilage 1
sụp	collapse 0.5	tumble 0.5
sụp_laỵ	down 0.1667	genuflexion 0.1667	kowtow 0.5	tumble 0.1667
sụp_đổ	collapse 0.3333	crumble 0.1111	down 0.1111	fall 0.1111	tumble 0.3333
sụt	collapse 0.06667	decrease 0.2	down 0.06667	drop 0.2	fall 0.2	go 0.06667	tumble 0.2
sụt_giá	devaluate 1
sụt_lún	depression 1
sụt_lở	fall 1
sụt_thế	fall 0.5	potential 0.5
sủng_aí	favour 0.5	favourite 0.25	treat 0.25
sứ	ambassader 0.1667	china 0.3333	envoy 0.08333	french 0.08333	porcelain 0.25	resident 0.08333
sứ_giả	ambassador 0.3333	envoy 0.3333	king's 0.3333
sứ_mệnh	mission 1
sứ_quán	embassy 1
sứ_đoàn	corps 0.5	diplomatic 0.5
sức	force 0.3333	power 0.3333	strength 0.3333
sức_khoẻ	health 0.75	strength 0.25
sức_lực	force 0.5	strength 0.5
sức_mạnh	power 0.5	strength 0.5
sức_nhìn	sight 1
sức_nặng	weight 1
sức_sống	vitality 1
sức_vóc	endurance 0.5	strength 0.5
sức_ép	pressure 1
sứt	chipped 1
sứt_môi	harelip 0.5	having 0.5
sừng	horn 1
sừng_sỏ	reckless 0.5	truculent 0.5
sử	history 1
sử_dụng	employ 0.25	use 0.5	utilize 0.25
sử_gia	historian 1
sử_học	history 1
sử_ký	history 1
sử_lược	historical 0.5	summary 0.5
sử_sách	books 0.3333	history 0.3333	legends 0.3333
sửng	dumbfounded 0.3333	stunned 0.3333	stupefied 0.3333
sửng_cồ	hackles 0.5	up 0.5
sửng_sốt	aback 0.25	amazed 0.5	taken 0.25
sững	motionless 0.5	standing 0.25	still 0.25
sững_sờ	astonished 0.3333	stupefied 0.3333	transfixed 0.3333
sự	act 0.25	action 0.125	deed 0.25	event 0.125	occurrence 0.25
sự_an_uỉ	comfort 1
sự_baó_động	alarm 1
sự_baĩ_bỏ	abolition 1
sự_baĩ_công	strike 1
sự_baỳ_tỏ	statement 1
sự_biên_tập	edit 1
sự_biêủ_diễn	spectacle 1
sự_biến_hình	metamorphosis 1
sự_biến_thaí	metamorphosis 1
sự_biến_động	crisis 1
sự_buôn_bán	commerce 0.5	trade 0.5
sự_buồn	sorrow 1
sự_buồn_râù	sadness 1
sự_bán	sale 1
sự_bâù_cử	election 1
sự_bình_đẳng	equality 1
sự_bôí_rôí	puzzle 1
sự_bơi	swimming 1
sự_bắt_cóc	kidnap 0.5	kidnapping 0.5
sự_bớt	discount 1
sự_chaò	welcome 1
sự_chaỷ_maú	bleeding 1
sự_chiếm_đóng	occupation 1
sự_chuyển_taỉ	transclusion 1
sự_chết	death 1
sự_cuốn	roll 1
sự_cuộn	roll 1
sự_có_thai	pregnancy 1
sự_cô_đơn	loneliness 1
sự_công_kích	attack 1
sự_công_nghiệp_hoá	industrialization 1
sự_căm_thù	hatred 1
sự_cưú_rôĩ	salvation 1
sự_cươí_xin	marriage 1
sự_cạn_ly	cheers 1
sự_cạnh_tranh	competition 1
sự_cắt_bỏ	ablation 1
sự_cọ_xơ_ra	abrasion 1
sự_cố	accident 0.5	break 0.25	down 0.25
sự_di_dân	colonization 1
sự_dinh_dưỡng	nutrition 1
sự_du_lịch	tourism 1
sự_dân_chủ_hoá	democratization 1
sự_dùng	use 1
sự_dũng_cảm	bravery 1
sự_dị_thường	abnormality 1
sự_dịch	translation 1
sự_dốt_nát	ignorance 1
sự_dụ_dỗ	seduction 1
sự_ghét	hatred 1
sự_ghê_rợn	horror 1
sự_ghê_tởm	abhorrence 0.5	abomination 0.5
sự_giao_câú	coitus 0.5	sex 0.5
sự_giao_hoán	swap 1
sự_giao_thông	traffic 1
sự_giaó_dục	education 1
sự_giaỉ_phóng	liberation 1
sự_giaỉ_quyết	decision 1
sự_giúp_đỡ	assistance 0.5	bureau 0.5
sự_giảm	discount 1
sự_giảm_giá	deflation 1
sự_gây_mê	anaesthesia 0.3333	anesthesia 0.3333	anesthetization 0.3333
sự_gây_tê	anaesthesia 0.3333	anesthesia 0.3333	anesthetization 0.3333
sự_gơị_ý	suggestion 1
sự_gặp_gỡ	interview 1
sự_gặp_mặt	interview 1
sự_haì_hước	amusement 0.5	humour 0.5
sự_hiện_đaị_hoá	modernization 1
sự_hoan_nghênh	welcome 1
sự_hoãn_laị	abeyance 1
sự_hoả_táng	cremation 1
sự_huỷ_bỏ	abolition 1
sự_hôí_lộ	corruption 1
sự_hôị_thoaị	dialogue 1
sự_hút_thuốc	smoking 1
sự_hạ_giá	discount 1
sự_hẹn_gặp	date 1
sự_hẹn_hò	date 1
sự_học_nghề	study 1
sự_học_tập	study 1
sự_hổ_thẹn	shame 1
sự_hợp_pháp_hoá	legalization 1
sự_hợp_tác	cooperation 1
sự_khiếp	horror 1
sự_khiếp_đảm	fear 1
sự_khác_thường	abnormality 1
sự_khát_nước	thirst 1
sự_khâm_phục	admiration 1
sự_khó_xử	puzzle 1
sự_không_bình_thường	abnormality 1
sự_khúm_núm	kowtow 1
sự_khủng_bố	persecution 1
sự_kinh_tởm	abomination 1
sự_kiểm_tra	inspection 1
sự_kiện	event 1
sự_kém_trí_khôn	aberration 1
sự_kính_trọng	respect 1
sự_kết_hôn	marriage 1
sự_lao_dốc	coast 1
sự_lao_xuống	coast 1
sự_leo_nuí	mountaineering 1
sự_liên_kết	conjunction 1
sự_loạn_trí	aberration 1
sự_loạn_đường	dystrophy 1
sự_luyện_tập	practice 1
sự_ly_khai	secession 1
sự_làm_haị	injury 1
sự_làm_trâỳ	abrasion 1
sự_làm_đâỳ	fill 1
sự_lãng_mạn	romantic 1
sự_lăn	roll 1
sự_lưu_laị	abode 1
sự_lưà_dôí	deception 1
sự_lảng_tránh	evasion 1
sự_lịch_sự	courtesy 1
sự_maì_mòn	abrasion 1
sự_maị_dâm	prostitution 1
sự_mua	buy 1
sự_mê_tín	superstition 1
sự_mơ_màng	daydream 1
sự_naọ_thai	abortion 1
sự_nghe_lơì	obedience 1
sự_ngheò_nàn	poverty 1
sự_nghi_ngờ	suspicion 1
sự_nghiên_cưú	research 1
sự_nghiệp	career 0.3333	cause 0.3333	work 0.3333
sự_nghĩ_ngơi	rest 1
sự_ngu_dốt	dark 1
sự_ngu_muôị	dark 1
sự_nguỵ_trang	camouflage 1
sự_ngâm_nga	intonation 1
sự_ngượng	shame 1
sự_nhaỷ	leap 1
sự_nhu_động	peristalsis 1
sự_nhã_nhặn	courtesy 1
sự_nhúng_cheó	transclusion 1
sự_nhập_cư	immigration 1
sự_nạp_xuống	download 1
sự_nếm_thử	tasting 1
sự_nở_hoa	inflorescence 1
sự_nở_to	hypertrophy 1
sự_phá_thai	abortion 1
sự_phân_loaị	classification 1
sự_phơi	exposition 1
sự_phơi_baỳ	exposition 1
sự_phản_bôị	treason 1
sự_phụ_vaò	annexation 1
sự_quyến_rũ	seduction 1
sự_quyết_định	choice 1
sự_quấn	roll 1
sự_quốc_gia_hoá	nationalisation 1
sự_quỳ_laỵ	kowtow 1
sự_ra_khoỉ	secession 1
sự_ra_đi	departure 1
sự_ra_đơì	birth 1
sự_raỷ_ra	libation 1
sự_rút_gọn	abbreviation 1
sự_rút_ngắn	abbreviation 1
sự_rơì_khoỉ	departure 1
sự_rưả_raý	ablution 1
sự_rờ_mó	feeling 1
sự_sinh_đẻ	birth 1
sự_so_sánh	comparison 1
sự_sâỷ_thai	abortion 0.5	miscarriage 0.5
sự_săn_bắn	hunt 1
sự_sưả_đôỉ	modification 1
sự_sống_lâu	longevity 1
sự_sớm_thất_baị	abortion 1
sự_sợ_haĩ	fear 1
sự_taỉ_mòn	ablation 1
sự_taỉ_xuống	download 1
sự_tham_dự	attendance 1
sự_thaỏ_luận	discussion 1
sự_thiêú_hiêủ_biết	ignorance 1
sự_thiến	castration 1
sự_thoả_hiệp	compromise 1
sự_thuỷ_phân	hydrolysis 1
sự_thành_công	success 1
sự_thành_lập	establishment 1
sự_thành_thị_hoá	urbanization 1
sự_thông_dịch	translation 1
sự_thông_thường_hoá	normalization 1
sự_thôỉ_phồng	inflation 1
sự_thường_xuyên	permanence 1
sự_thả	release 1
sự_thất_nghiệp	unemployment 1
sự_thất_vọng	disappointment 1
sự_thật	axiom 0.3333	fact 0.3333	truth 0.3333
sự_thẹn	shame 1
sự_thế	situation 1
sự_thể	gist 1
sự_thủ_dâm	masturbation 1
sự_thủ_tiêu	abolition 1
sự_thực	fact 0.5	truth 0.5
sự_thực_hiện	execution 1
sự_tiêu_chuẩn_hoá	standardization 1
sự_tiêu_khiển	recreation 1
sự_tiêu_mòn	ablation 1
sự_tiết_kiệm	economy 1
sự_treò_nuí	mountaineering 1
sự_truyền_miệng	tradition 1
sự_truyền_xuống	download 1
sự_trình_diễn	spectacle 1
sự_trả_giá	bid 1
sự_trả_thù	revenge 0.5	vengeance 0.5
sự_trộm_cắp	theft 1
sự_trục_xuất	deportation 1
sự_trừ	discount 1
sự_tuyệt_vọng	desperation 1
sự_tây_phương_hoá	westernization 1
sự_tâỷ_uế	disinfection 1
sự_tích	history 0.5	story 0.5
sự_tò_mò	curiosity 1
sự_tăng_giá	inflation 1
sự_tập_thể_hoá	collectivization 1
sự_tắm_gôị	ablution 1
sự_tặng	donation 1
sự_tồn_taị	existence 1
sự_tức_giận	anger 1
sự_tự_do	freedom 1
sự_viễn_nạp	download 1
sự_việc	event 0.3333	fact 0.6667
sự_vật	thing 1
sự_xin_lôĩ	apology 1
sự_xâm_chiếm	invasion 1
sự_xâm_lược	invasion 1
sự_xâú_hổ	shame 1
sự_yên_lặng	silence 1
sự_ân_xá	amnesty 1
sự_ô_nhiễm	pollution 1
sự_ăn_trộm	theft 1
sự_đau_yêú	illness 1
sự_đau_đớn	ache 0.5	pain 0.5
sự_đaị_diện	representation 1
sự_đi_daọ	stroll 1
sự_đi_mua_hàng	shopping 1
sự_đoán	guess 1
sự_đánh_cá_voi	whaling 1
sự_đánh_hơi	nose 1
sự_đâù_tư	investment 1
sự_đâỷ	roll 1
sự_đình_chỉ	abeyance 1
sự_đính_hôn	betrothal 0.5	engagement 0.5
sự_đặt_giá	bid 1
sự_đến	arrival 1
sự_đọc	reading 1
sự_đọng_laị	abeyance 1
sự_đồng_thuận	agreement 0.5	consensus 0.5
sự_đổ_maú	bloodshed 1
sự_ở_laị	abode 1
sự_ợ	burp 1
sực_nức	forth 0.5	spread 0.25	wide 0.25
ta	i 0.4	me 0.2	my 0.2	one 0.2
ta_thán	complain 0.5	moan 0.5
tai	accident 0.2	box 0.1	calamity 0.2	ear 0.3	ears 0.1	mishap 0.1
tai_biến	catactrophe 1
tai_haị	catastrophic 0.5	disastrous 0.5
tai_hoạ	calamity 0.25	catastrophe 0.25	disaster 0.5
tai_nạn	accident 1
tai_quaí	mischievously 0.5	wiched 0.5
tai_sao	come 0.5	how 0.5
tai_tiếng	bad 0.25	name 0.25	whispers 0.5
tai_vách_mạch_rừng	ears 0.5	walls 0.5
tai_ác	malicious 0.5	mischievously 0.5
tai_ách	disaster 1
tai_ương	disaster 0.5	great 0.5
taiga	taiga 1
takamatsu	takamatsu 1
tali	thallium 1
tallinn	tallinn 1
tam	three 1
tam_bản	sampan 1
tam_cấp	perron 1
tam_giaó	religions 0.5	three 0.5
tam_giác	triangle 0.5	triangular 0.5
tam_thất	false 0.5	ginseng 0.5
tam_thập_lục	six 0.5	thirty 0.5
tam_thể	tricolour 1
tam_tòng	follow's 0.5	three 0.5
tam_tộc	ancestry 0.3333	lines 0.3333	three 0.3333
tam_á	sanya 1
tam_đaị	generations 0.5	three 0.5
tam_điểm	freemason 1
tam_đoạn_luận	syllogism 1
tamil_nadu	nadu 0.5	tamil 0.5
tan	close 0.25	disperse 0.25	dissolve 0.25	melt 0.25
tan_hoang	devastated 1
tan_nát	mins 0.5	pieces 0.5
tan_rã	disintegrate 0.5	separate 0.5
tan_vỡ	shattered 0.5	smashed 0.5
tang	death 0.25	funeral 0.25	mourning 0.5
tang_chế	funeral 0.3333	mourning 0.3333	rituals 0.3333
tang_chứng	evidence 0.5	proof 0.5
tang_lễ	burial 0.25	funeral 0.5	rites 0.25
tang_phục	mourning 1
tang_thương	miserable 0.5	shably 0.5
tang_tích	evidence 1
tang_tóc	death 0.5	grief 0.5
tang_vật	exhibit 0.5	proof 0.5
tanh	absolutely 0.2	fishy 0.2	hoop 0.1	stinking 0.2	tire 0.1	utterly 0.2
tanh_bành	topsy 0.5	turvy 0.5
tanh_hôi	stinking 1
tantali	tantalum 1
tantan	tantalum 1
tanzania	tanzania 1
tao	i 0.6667	rope 0.1111	strand 0.1111	time 0.1111
tao_ngộ	encounter 0.5	meet 0.5
tao_nhã	refined 1
tao_đàn	coterie 0.5	literary 0.5
tatarstan	tatarstan 1
taxi	taxi 1
tay	arm 0.2222	bloke 0.1111	chap 0.1111	hand 0.2222	party 0.1111	person 0.1111	side 0.1111
tay_aó	sleeve 1
tay_laí	helm 0.3333	sturing 0.1667	wheel 0.5
tay_mọt_sách	bookworm 1
tay_naỉ	bag 0.5	cloth 0.5
tay_ngang	amateur 1
tay_quay	crank 1
tay_sai	agent 0.25	hireling 0.25	lackey 0.25	mercenary 0.25
tay_thợ	skilled 0.5	warkman 0.5
tay_trong	assistant 0.25	columnist 0.25	fifth 0.25	within 0.25
tay_trắng	bare 0.4167	handed 0.25	hands 0.1667	tt 0.1667
tay_vịn	handrail 1
tay_đấm_sắt	brass 0.5	knuckles 0.5
taì	gift 0.25	skilful 0.25	talent 0.25	talented 0.25
taì_chính	budget 0.3333	family 0.3333	finance 0.3333
taì_cán	ability 0.6667	capability 0.3333
taì_công	helmsman 1
taì_gioỉ	gifted 1
taì_giảm	reduce 1
taì_hoa	exquisite 0.25	refined 0.25	talent 0.5
taì_khoá	fiscal 0.5	year 0.5
taì_khoản	account 1
taì_liêụ	document 0.5	material 0.25	roll 0.25
taì_lực	capability 0.5	capacity 0.5
taì_maọ	look 0.3333	outward 0.3333	talent 0.3333
taì_nghệ	art 0.5	artistic 0.25	talent 0.25
taì_nguyên	resources 1
taì_năng	ability 0.25	efficiency 0.25	talent 0.5
taì_năng_chiến_đâú	art 0.5	martial 0.5
taì_phiệt	financial 0.5	oligarchy 0.5
taì_phúc	wealth 1
taì_sản	domain 0.5	property 0.5
taì_sắc	beauty 0.5	talent 0.5
taì_trí	ability 0.5	intellect 0.5
taì_tình	ably 0.25	artistic 0.25	happy 0.25	skilful 0.25
taì_tử	actor 0.1667	actress 0.3333	amateur 0.1667	men 0.1667	talented 0.1667
taì_vụ	finance 1
taì_xiủ	chinese 0.5	dice 0.5
taì_xế	chauffeur 0.5	driver 0.5
taì_đức	talent 0.5	virtue 0.5
taí	done 0.1667	half 0.1667	pale 0.1667	rare 0.5
taí_bút	postscript 1
taí_bản	reprint 1
taí_chế	recycle 1
taí_cử	revelect 1
taí_diễn	again 0.25	happen 0.25	occur 0.25	re 0.25
taí_giá	remarry 1
taí_hôì	again 0.5	return 0.5
taí_hợp	reunite 1
taí_ngũ	engage 0.25	enlist 0.25	re 0.5
taí_phát	recur 1
taí_phạm	again 0.25	commit 0.25	relapse 0.5
taí_sinh	rebirth 0.5	regenerate 0.5
taí_sản_xuất	reproduce 1
taí_taọ	again 0.1667	create 0.25	establish 0.1667	re 0.25	recycle 0.1667
taí_thế	life 0.25	rebirth 0.5	second 0.25
taí_định_cư	relocation 0.3333	resettle 0.3333	resettlement 0.3333
taò_lao	frivolous 0.3333	futile 0.3333	idle 0.3333
taò_phớ	douhua 1
taò_phở	douhua 1
taó	apple 0.3	chinese 0.1	date 0.1	jujube 0.2	jujubetree 0.2	tree 0.1
taó_baọ	daring 0.5	reckless 0.5
taó_bón	constipation 1
taó_gan	daring 0.5	overbold 0.5
taó_taù	jujube 1
taó_tây	apple 1
taù	ark 0.1111	boat 0.1111	china 0.1111	chinese 0.2222	craft 0.03704	junk 0.03704	ship 0.2222	sino 0.1111	stable 0.03704
taù_bay	plane 1
taù_chiến	warship 1
taù_chợ	slow 0.5	train 0.5
taù_con_thoi	shuttle 0.5	space 0.5
taù_cuốc	dredger 1
taù_cánh_ngầm	hydrofoil 1
taù_hoả	train 1
taù_hủ	douhua 0.5	tofu 0.5
taù_lượn_siêu_tốc	rollercoaster 1
taù_ngầm	submarine 1
taù_phá_băng	icebreaker 1
taù_sân_bay	aircraft 0.5	carrier 0.5
taù_thuỷ	boat 0.3333	ship 0.6667
taù_tuần_tra	sloop 1
taù_điện	tram 1
taý_maý	steal 0.1111	thieve 0.1667	things 0.1111	toy 0.1667	trivial 0.1111	twiddle 0.3333
taĩ	chin 0.5	spread 0.5
taỉ	carry 0.1667	convey 0.3333	manage 0.1667	transport 0.3333
taỉ_lên	upload 1
taỉ_xuống	download 1
taị	in 1
taị_chỗ	away 0.25	right 0.25	spot 0.5
taị_chức	incumbent 0.25	office 0.5	service 0.25
taị_gia	home 1
taị_ngũ	active 0.5	service 0.5
taị_sao	come 0.125	how 0.125	reason 0.125	why 0.625
taị_tâm	heart 1
taị_vì	as 0.25	because 0.5	for 0.25
taị_đaò	large 1
taị_đây	here 1
taọ	cause 0.1667	create 0.3333	form 0.3333	make 0.08333	to 0.08333
taọ_cách	case 0.5	instrumental 0.5
taọ_giao	cross 1
taọ_hoá	creator 0.6667	nature 0.3333
taọ_lập	establish 0.5	set 0.25	up 0.25
taọ_nên	create 1
taọ_thành	create 0.125	establish 0.25	form 0.375	up 0.25
taọ_vật	creature 1
taọ_vật_chủ	creator 1
taỏ	alga 0.5	algae 0.25	leaf 0.08333	manage 0.08333	wits 0.08333
taỏ_biển	seaweed 1
taỏ_bẹ	kelp 1
taỏ_ngộ	grave 0.5	weed 0.5
taỏ_thanh	mop 0.5	up 0.5
taỳ	blunt 0.1667	compare 0.3333	edged 0.1667	h 0.1667	match 0.1667
taỳ_trơì	heinous 0.5	serious 0.5
taỳ_đình	fiendich 0.5	heinous 0.5
tbilisi	tbilisi 1
tchaikovsky	tchaikovsky 1
te	fast 0.5	swiftly 0.5
tecbi	terbium 1
tecnexi	technetium 1
telega	telega 1
telu	tellurium 1
telua	tellurium 1
tem	postage 0.25	stamp 0.75
tem_phiêú	coupons 1
tem_tép	smacks 1
tempura	tempura 1
ten	verdgris 1
teng_beng	open 0.25	tattered 0.5	torn 0.25
teo	extremely 0.25	shrink 0.25	utterly 0.5
teọ	bit 0.5	tiny 0.25	wee 0.25
tha	carry 0.3333	exempt 0.3333	forgive 0.1667	release 0.1667
tha_hoá	degenerate 0.5	deteriorate 0.5
tha_hồ	fruly 0.5	likes 0.25	much 0.25
tha_ma	cemetary 0.5	graveyard 0.5
tha_thứ	forgive 0.5	pardon 0.5
tha_âm_vị	allophone 1
thai	foetus 1
thai_nghén	child 0.3333	conceiving 0.1667	gestation 0.3333	pregnant 0.1667
tham	avaricious 0.5	greedy 0.5
tham_chiến	participate 0.25	wage 0.25	war 0.5
tham_chính	part 0.5	politics 0.5
tham_gia	attend 0.1429	collect 0.1429	gather 0.1429	part 0.2857	participate 0.2857
tham_khaỏ	consult 1
tham_luận	speech 1
tham_mưu	staff 1
tham_nhũng	bribes 0.25	corrupt 0.5	harass 0.25
tham_quan	go 0.5	sightseeing 0.5
tham_sinh	cling 0.5	life 0.5
tham_taì	gain 0.5	greedy 0.5
tham_thiền	enter 0.5	meditation 0.5
tham_tàn	cruel 0.5	greedy 0.5
tham_vọng	ambition 1
than	carbon 0.25	coal 0.25	lament 0.25	moam 0.25
than_bùn	peat 1
than_chì	graphite 1
than_cuỉ	carbon 0.5	charcoal 0.5
than_cám	coal 0.5	dust 0.5
than_gỗ	charcoal 1
than_phiền	complain 0.5	moan 0.5
than_xỉ	cinder 1
than_ôi	alas 1
than_đá	coal 1
thang	ladder 0.4444	range 0.3333	scale 0.1111	stepladder 0.1111
thang_cuốn	escalator 1
thang_maý	clivator 0.25	escalator 0.25	lift 0.5
thanh	grue 0.1429	lear 0.1429	piece 0.1429	pitch 0.07143	slat 0.07143	stick 0.1429	tone 0.2857
thanh_bình	peace 0.5	peaceful 0.5
thanh_bạch	pure 0.5	upright 0.5
thanh_cảnh	dainty 1
thanh_danh	fame 1
thanh_giaó	puritanism 1
thanh_haỉ	qinghai 1
thanh_kiếm	morally 0.5	pure 0.5
thanh_la	gong 1
thanh_liêm	full 0.5	integrity 0.5
thanh_lương_trà	rowan 1
thanh_lịch	elegant 1
thanh_minh	account 0.3333	away 0.1667	explain 0.1667	festival 0.1111	grave 0.1111	visiting 0.1111
thanh_mâũ	fork 0.25	initial 0.5	tuning 0.25
thanh_nhàn	leisured 0.5	leisurly 0.5
thanh_niên	youth 1
thanh_nữ	girl 0.5	young 0.5
thanh_quản	larynx 1
thanh_tao	mannered 0.5	refined 0.5
thanh_thiên	blue 0.5	sky 0.5
thanh_thoát	flowing 0.5	light 0.5
thanh_thản	relaxed 0.5	untroubled 0.5
thanh_toán	abate 0.3333	liquidate 0.3333	pay 0.3333
thanh_tra	inspect 0.3333	inspection 0.3333	inspector 0.3333
thanh_tra_bộ	inspectorate 0.5	ministry 0.5
thanh_tra_chính_phủ	government 0.5	inspectorate 0.5
thanh_tra_thành_phố	city 0.5	inspectorate 0.5
thanh_trượt	bar 0.5	scroll 0.5
thanh_trừng	purge 1
thanh_tâm	mind 0.5	pure 0.5
thanh_tịnh	restful 0.5	tranquil 0.5
thanh_vắng	deserted 0.5	quiet 0.5
thanh_đaỏ	qingdao 1
thanh_điêụ	tone 1
thanh_đạm	frugal 0.3333	noble 0.3333	pure 0.3333
thao_diễn	demonstrate 0.5	manoeuvre 0.5
thao_laó	open 0.5	wide 0.5
thao_luyện	drill 0.5	train 0.5
thao_lược	art 0.25	strategy 0.5	war 0.25
thao_trường	drill 0.5	ground 0.5
thao_tác	act 0.25	manipulate 0.25	manipulation 0.25	operate 0.25
thao_túng	control 0.5	sway 0.5
thau	tub 0.5	wash 0.5
thay	change 0.5	replace 0.5
thay_chân	place 0.5	replace 0.5
thay_mặt	behalf 1
thay_phiên	rotate 0.5	turns 0.5
thay_thế	replace 1
thay_thế_mẹ	mother 0.5	surrogate 0.5
thay_vì	instead 0.6667	rather 0.3333
thay_đôỉ	change 1
thaí	also 0.04167	breeding 0.125	cave 0.125	farming 0.0625	groups 0.04167	is 0.0625	live 0.0625	muoi 0.0625	slice 0.125	small 0.04167	tay 0.0625	thai 0.125	that 0.0625
thaí_bình	peace 0.5	peaceful 0.25	prosperous 0.25
thaí_bình_dương	ocean 0.5	pacific 0.5
thaí_cực	extreme 0.5	extremity 0.5
thaí_dương	sun 0.75	temple 0.25
thaí_giám	eunuch 1
thaí_hoá	thaification 1
thaí_hâụ	mother 0.5	queen 0.5
thaí_lan	thailand 1
thaí_nguyên	taiyuan 1
thaí_quá	excessive 0.5	extreme 0.5
thaí_thượng_hoàng	father 0.5	king's 0.5
thaí_tử	crown 0.5	prince 0.5
thaí_độ	attitude 1
thaí_ấp	feud 0.5	fief 0.5
thaó	drain 0.125	open 0.125	undo 0.25	unsew 0.125	unstitch 0.25	untic 0.125
thaó_dạ	diarrhea 1
thaó_gỡ	remove 0.3333	resolve 0.3333	solve 0.3333
thaó_lui	retreat 0.5	withdraw 0.5
thaó_vát	elever 0.5	mindful 0.5
thaú	scrawling 1
thaỉ	discard 0.25	discharge 0.125	dismiss 0.125	eliminate 0.25	sack 0.25
thaỉ_hôì	dismiss 0.5	sack 0.5
thaọ	experiencel 0.3333	proficient 0.3333	skilled 0.3333
thaỏ	draft 0.25	generous 0.25	herb 0.25	write 0.25
thaỏ_cầm_viên	zoo 1
thaỏ_luận	debate 0.2	discuss 0.6	discussion 0.2
thaỏ_mộc	plants 0.5	vegetation 0.5
thaỏ_nguyên	steppe 1
thaỏ_quả	black 0.5	cardamom 0.5
thaỏ_thư	grass 0.5	script 0.5
thaỷ	all 0.5	every 0.5
the	gauze 0.25	pungent 0.5	silk 0.25
the_thé	piercing 0.5	shrill 0.5
then_chốt	crux 0.5	key 0.5
theo	accordance 0.1667	according 0.3333	at 0.1667	by 0.1667	on 0.1667
theo_cách	by 1
theo_doĩ	watch 1
theo_gương	example 0.5	follow 0.5
theo_kịp_thơì_đaị	abreast 1
theo_như	by 1
theo_vơí	about 1
theo_đuôỉ	patiently 0.5	pursue 0.5
thetis	thetis 1
theò_leỏ	peach 0.3333	sneak 0.3333	tales 0.1667	tell 0.1667
theọ	cicatrice 0.3333	cicatrix 0.3333	scar 0.3333
thi	compete 0.2	examination 0.2	poetry 0.2	quiz 0.2	test 0.2
thi_công	build 0.25	carry 0.08333	construction 0.25	execute 0.25	out 0.08333	works 0.08333
thi_cử	examination 1
thi_haò	great 0.5	poet 0.5
thi_hành	carry 0.25	execute 0.5	out 0.25
thi_hứng	inspiration 0.5	poetic 0.5
thi_nhân	poet 1
thi_pháp	prosody 1
thi_sĩ	poet 1
thi_thể	body 0.3333	corpse 0.6667
thi_thố	bend 1
thi_tốt_nghiệp	exam 0.5	graduation 0.5
thi_tứ	poetic 0.5	thought 0.5
thi_vị	delight 0.5	poetic 0.5
thi_đua	emulate 1
thi_đâú	match 1
thinh	mum 0.5	silent 0.5
thiu	gloomily 0.5	stale 0.5
thiu_thôí	smell 0.5	stale 0.5
thià	spoon 1
thià_là	dill 1
thiên	inclined 0.1667	move 0.1667	part 0.08333	piece 0.08333	prone 0.1667	section 0.1667	thousand 0.1667
thiên_an_môn	tian'anmen 1
thiên_can	heaven's 0.25	heavenly 0.25	stem 0.5
thiên_chuá	god 1
thiên_chuá_giaó	christianism 1
thiên_cổ	eternity 1
thiên_hoàng_of_japan	emperor 1
thiên_hà	galaxy 1
thiên_hướng	bent 0.25	inclination 0.25	proclivity 0.25	tendency 0.25
thiên_hướng_tình_dục	orientation 0.5	sexual 0.5
thiên_hạ	people 0.5	world 0.5
thiên_kiến	partiality 0.5	prejudice 0.5
thiên_lôi	genie 0.5	thunder 0.5
thiên_mệnh	heaven's 0.5	order 0.25	will 0.25
thiên_nga	swan 1
thiên_nhiên	nature 1
thiên_niên_kỷ	millennium 1
thiên_sơn	shan 0.5	tian 0.5
thiên_sứ	angel 1
thiên_tai	calamity 0.1667	disaster 0.1667	disasters 0.3333	natural 0.3333
thiên_taì	genius 1
thiên_taọ	natural 1
thiên_thơì	clement 0.5	weather 0.5
thiên_thạch	meteorite 1
thiên_thần	angel 1
thiên_thể	body 0.5	heavenly 0.5
thiên_tuế	cycad 1
thiên_tân	tianjin 1
thiên_tính	character 0.5	inborn 0.5
thiên_tử	emperor 0.5	heaven 0.25	son 0.25
thiên_văn_học	astronomy 1
thiên_vương_tinh	uranus 1
thiên_vị	biased 0.3333	partial 0.3333	unfair 0.3333
thiên_đàn	heaven 0.5	temple 0.5
thiên_đàng	heaven 1
thiên_đô	capital 0.5	move 0.5
thiên_đường	elysium 0.1667	heaven 0.3333	paradise 0.3333	sky 0.1667
thiên_đỉnh	zenith 1
thiên_định	fated 0.5	predestined 0.5
thiêng_liêng	holy 0.5	sacred 0.5
thiêu	burn 0.5	cremate 0.5
thiêu_huỷ	burn 0.25	destroy 0.5	down 0.25
thiêu_thân	ephemera 0.5	mayfly 0.5
thiêù_quang	days 0.5	spring 0.5
thiêú	lack 0.5	owe 0.1667	short 0.3333
thiêú_hụt	deficient 0.3333	inadequate 0.3333	short 0.3333
thiêú_maú	anaemic 0.5	anemia 0.5
thiêú_nhi	pioneer 0.5	youngster 0.5
thiêú_niên	teenager 1
thiêú_nữ	maid 0.5	shojo 0.5
thiêú_nữ_mạn_hoạ	shojo 1
thiêú_phụ	woman 0.5	young 0.5
thiêú_sinh_quân	cadet 0.5	young 0.5
thiêú_sót	comnit 0.3333	mistake 0.3333	shortcoming 0.3333
thiêú_tá	major 1
thiêú_tướng	general 0.5	major 0.5
thiêú_uý	lieutenant 0.5	second 0.5
thiêủ_naõ	heart 0.3333	sad 0.3333	shably 0.3333
thiêủ_số	minority 1
thiếc	stale 0.1667	tin 0.6667	urine 0.1667
thiến	away 0.1667	castrate 0.5	prune 0.1667	trim 0.1667
thiếp	card 0.25	concubine 0.25	consciousness 0.1667	gild 0.1667	lose 0.1667
thiết	care 1
thiết_bì	leaden 1
thiết_giáp	armour 1
thiết_kế	design 0.5	format 0.5
thiết_lập	establish 0.3333	form 0.3333	set 0.1667	up 0.1667
thiết_mộc	ironwood 1
thiết_phúc	seppuku 1
thiết_quân_luật	law 0.5	martial 0.5
thiết_tha	attached 0.25	eager 0.25	keen 0.5
thiết_thân	own 1
thiết_thực	practical 0.5	realistic 0.5
thiết_yêú	essential 0.5	requisite 0.5
thiền	ch'an 0.3333	zen 0.6667
thiền_gia	bonze 1
thiền_môn	pagoda 1
thiền_viện	temple 1
thiểm_tây	shaanxi 1
thiển	shallow 0.5	superficial 0.5
thiển_ý	humdle 0.5	idea 0.5
thiện	good 0.5	kind 0.5
thiện_chiến	battle 0.5	tested 0.5
thiện_chí	good 0.5	will 0.5
thiện_cảm	sympathy 1
thiện_nghệ	skilled 1
thiện_tâm	heart 0.5	kind 0.5
thiện_xạ	marksman 1
thiện_ý	good 0.5	intention 0.5
thiệp	urbane 1
thiệt	lose 0.25	loss 0.125	real 0.25	suffer 0.125	true 0.25
thiệt_haị	damage 0.3	injury 0.2	loss 0.3	suffer 0.2
thiệt_mạng	die 0.5	life 0.25	lose 0.25
thoa	apply 0.125	brooch 0.125	hair 0.125	massage 0.125	put 0.125	rub 0.25	wear 0.125
thoai_thoaỉ	slopingly 1
thoaí_hoá	degenerate 0.5	retrograde 0.5
thoaí_thác	deline 1
thoaí_vị	abdicate 1
thoaỉ_maí	comfortable 0.3333	easy 0.1667	going 0.1667	relaxative 0.3333
thoi	fetch 0.5	plunge 0.5
thoi_gian	time 1
thon	daintily 0.1667	slender 0.1667	tapered 0.1667	tapering 0.5
thong	thong 1
thong_dong	leisurely 1
thori	thorium 1
thoá_mạ	insult 1
thoáng_qua	flash 0.5	over 0.5
thoát_nước	drainage 1
thoát_thân	escape 0.5	out 0.5
thoát_y_vũ	striptease 1
thoí	habit 0.5	practice 0.5
thoí_quen	habit 1
thoí_tục	custom 0.5	routine 0.5
thoăn_thoắt	flash 0.5	lighting 0.5
thoạt_tiên	all 0.1667	first 0.5	firstly 0.3333
thoả	sateated 0.5	satisfied 0.5
thoả_chí	satisfied 1
thoả_hiệp	compromise 0.5	reach 0.5
thoả_lòng	satisfied 1
thoả_mãn	fully 0.1667	meet 0.1667	satisfy 0.6667
thoả_thuận	agree 0.5	come 0.25	terms 0.25
thoả_thích	satisfactorily 1
thoả_đáng	satisfactory 1
thoảng	hint 0.3333	slightly 0.3333	whiff 0.3333
thoỉ	bar 0.5	lump 0.5
thu	autumn 0.2857	back 0.07143	collect 0.07143	fall 0.1429	obtain 0.07143	recall 0.07143	receive 0.1429	to 0.1429
thu_dọn	away 0.25	clear 0.25	tidy 0.25	up 0.25
thu_gom	collect 0.5	sum 0.25	up 0.25
thu_haỉ_đường	begonia 1
thu_hoạch	harvest 1
thu_hôì	acquire 0.1667	reclaim 0.1667	recover 0.1667	retrieve 0.1667	revoke 0.1667	withdraw 0.1667
thu_hôì_đất	acquisition 0.1667	land 0.5	reclaim 0.1667	recovery 0.1667
thu_hút	attract 0.5	attraction 0.25	draw 0.25
thu_hút_đâù_tư	attract 0.25	attraction 0.25	investment 0.5
thu_lượm	collect 1
thu_nhập	income 1
thu_thanh	record 1
thu_xếp	arrange 0.5	settle 0.5
thu_được	acquire 1
thua	defeated 0.3333	lose 0.6667
thua_thiệt	loss 0.5	suffer 0.5
thui	abort 1
thui_thuỉ	lonely 0.5	solitary 0.5
thun	elastic 1
thung_lũng	valley 1
thuyên_chuyển	transfer 1
thuyết	lecture 0.1667	mock 0.3333	theory 0.5
thuyết_có_thần	theism 1
thuyết_giaó	preach 1
thuyết_nôị_cộng_sinh	endosymbiotic 0.5	theory 0.5
thuyết_phiếm_thần	pantheism 1
thuyết_phục	convince 0.3333	persuade 0.6667
thuyết_trình	lecture 0.5	talk 0.5
thuyết_đa_thần	polytheism 1
thuyết_ưu_sinh	eugenics 1
thuyền	boat 0.75	schooner 0.25
thuyền_buồm	sailing 0.5	ship 0.5
thuyền_chaì	boat 0.5	fishing 0.5
thuyền_nhỏ_một_buồm	sloop 1
thuyền_thúng	guffa 0.3333	koofa 0.3333	kura 0.3333
thuyền_trưởng	captain 1
thuê	hire 0.1667	hired 0.3333	rent 0.5
thuê_ngoaì	outsource 0.5	outsourcing 0.5
thuần	familiar 0.1111	meek 0.1111	pure 0.1111	tamed 0.3333	uniform 0.3333
thuần_hoá	domesticate 1
thuần_khiết	pure 1
thuần_lý	purely 0.5	rational 0.5
thuần_nhất	homogeneous 0.5	uniform 0.5
thuần_phong_mỹ_tục	custom 0.5	fine 0.5
thuần_phát	minded 0.5	simple 0.5
thuần_thục	trained 0.5	well 0.5
thuần_tuý	pure 1
thuận	agreeable 0.3333	apt 0.3333	favourable 0.3333
thuận_hoá	hue 1
thuận_tiện	convenient 0.5	favourable 0.5
thuật	account 0.3333	art 0.3333	narrate 0.3333
thuật_giả_kim	alchemy 1
thuật_laị	narrate 1
thuật_ngữ	language 0.3333	term 0.3333	terminology 0.3333
thuế	tax 1
thuế_thu_nhập	income 0.5	tax 0.5
thuế_thân	poll 0.5	tax 0.5
thuị	hit 0.5	plunge 0.5
thuốc	drug 0.1	entice 0.1	medicament 0.2	medicine 0.4	poison 0.1	powder 0.1
thuốc_bôi_mi_mắt	mascara 1
thuốc_bắc	chinese 0.5	herbs 0.5
thuốc_bổ	tonic 1
thuốc_cao	cataplasm 1
thuốc_dán	paultice 1
thuốc_laò	makhorka 0.5	rustic 0.25	tobacco 0.25
thuốc_lá	cigarette 0.5	tobacco 0.5
thuốc_muôí	bicarbonate 0.5	soda 0.5
thuốc_mê	anaesthetic 0.5	narcotic 0.5
thuốc_nam	herbs 0.5	vietnamese 0.5
thuốc_ngủ	soporific 1
thuốc_nhuộm	dye 1
thuốc_phiện	drug 0.3333	opium 0.6667
thuốc_phá_thai	abortifacient 1
thuốc_súng	gunpowder 1
thuốc_tâỷ	cleanser 0.5	detergent 0.5
thuốc_tâỷ_uế	disinfectant 1
thuốc_độc	poison 0.6667	substance 0.1667	toxic 0.1667
thuổng	spade 1
thuộc	be 0.08333	belong 0.25	of 0.08333	remember 0.25	tan 0.25	to 0.08333
thuộc_lòng	remember 1
thuộc_naõ	cerebellum 1
thuộc_nhật	japanese 1
thuộc_taỏ	phycology 1
thuộc_tính	attribute 1
thuộc_từ	predicate 1
thuộc_việt_nam	vietnamese 1
thuộc_về_sử_học	historical 1
thuộc_điạ	colony 1
thuở	age 0.25	period 0.25	time 0.25	when 0.25
thuỳ_mị	gentle 0.5	sweet 0.5
thuỵ_sĩ	switzerland 1
thuỵ_điển	sweden 1
thuỷ	mercury 1
thuỷ_chung	constant 0.5	loyal 0.5
thuỷ_ngân	mercury 1
thuỷ_quân_lục_chiến	corps 0.5	marine 0.5
thuỷ_sư_đô_đốc	admiral 1
thuỷ_sản	aquaculture 0.3333	fisheries 0.3333	seafood 0.3333
thuỷ_thủ	sailor 0.5	seaman 0.5
thuỷ_thủ_at_sea	hand 1
thuỷ_thủ_hạng_nhất	able 0.3333	bodied 0.3333	seaman 0.3333
thuỷ_tinh	glass 0.6667	marcury 0.3333
thuỷ_triêù	tide 1
thuỷ_tổ	ancestor 0.1667	creator 0.3333	premitive 0.1667	promulgator 0.3333
thuỷ_văn_học	hydrology 1
thuỷ_điện	hydroelectricity 1
thuỷ_đâụ	chicken 0.5	pox 0.5
thuỷ_động_lực_học	hydrodynamics 1
thà	better 0.5	rather 0.5
thành	achieve 0.05	aim 0.05	change 0.1	citadel 0.1	city 0.2	come 0.1	grow 0.1	make 0.05	rampart 0.03333	sincere 0.1	to 0.05	town 0.03333	wall 0.03333
thành_cao_hơn	outgrow 1
thành_cát_tư_hãn	genghis 0.5	khan 0.5
thành_công	come 0.1111	off 0.1111	succeed 0.3333	successful 0.3333	well 0.1111
thành_danh	achieve 0.5	fame 0.5
thành_hình	form 0.5	shape 0.3333	up 0.1667
thành_hôn	married 1
thành_kiến	bias 0.5	prejudice 0.5
thành_kính	reverent 0.5	sincerely 0.5
thành_luỹ	rampart 1
thành_lập	form 1
thành_lập_gia_đình	married 1
thành_ngữ	chengyu 0.1667	expression 0.3333	idiom 0.3333	phrase 0.1667
thành_niên	major 1
thành_phần	back 0.06667	class 0.06667	component 0.2	composition 0.2667	ground 0.06667	ingredient 0.2	social 0.06667	status 0.06667
thành_phẩm	finished 0.5	product 0.5
thành_phố	city 0.7143	town 0.2857
thành_phố_cần_thơ	can 0.3333	city 0.3333	tho 0.3333
thành_phố_new_york	city 0.3333	new 0.3333	york 0.3333
thành_quả	fruits 0.5	results 0.5
thành_sự	succeed 1
thành_thaọ	expert 0.5	skilled 0.5
thành_thân	married 1
thành_thị	place 0.25	town 0.5	urban 0.25
thành_thử	hence 0.3333	so 0.3333	therefore 0.3333
thành_trì	castle 1
thành_tâm	sincere 1
thành_tích	accomplishment 0.25	achievement 0.25	leap 0.25	performance 0.25
thành_tưụ	achievement 1
thành_uỷ	city 0.3333	committee 0.3333	party 0.3333
thành_vatican	city 0.5	vatican 0.5
thành_viên	member 0.5	user 0.5
thành_văn	written 1
thành_ý	good 0.5	intention 0.25	will 0.25
thành_đô	chengdu 1
thành_đạt	succeed 0.5	successful 0.5
thác	die 0.125	falls 0.25	pretext 0.125	waterfall 0.5
thác_nước	waterfall 1
thách	ask 0.25	challenge 0.25	defy 0.25	overcharge 0.25
thách_thức	challenge 1
thám	spy 1
thám_hiểm	explore 1
thám_thính	collect 0.25	intelligence 0.25	spy 0.5
thám_tử	detective 1
thán_khí	carbon 1
thán_phục	admire 1
thán_từ	interjection 1
tháng	menses 0.1667	month 0.6667	time 0.1667
tháng_ba	march 1
tháng_baỷ	july 1
tháng_giêng	january 1
tháng_hai	february 1
tháng_mươì	december 0.5	october 0.5
tháng_mươì_một	november 1
tháng_một	january 1
tháng_ngaỳ	time 1
tháng_năm	may 1
tháng_saú_月六	june 1
tháng_tháng	after 0.1667	every 0.25	month 0.5833
tháng_tám	august 1
tháng_tư_月四	april 1
thánh	holy 0.25	sacred 0.25	saint 0.375	swell 0.125
thánh_ca	hymn 0.5	psalm 0.5
thánh_chỉ	edict 0.5	imperial 0.5
thánh_cung	saint's 0.5	shrine 0.5
thánh_giá	carriage 0.25	cross 0.5	imperial 0.25
thánh_lễ	mass 1
thánh_nhân	saint 1
thánh_sư	father 0.5	founder 0.5
thánh_thi	psalm 1
thánh_thượng	emperor 0.5	king 0.5
thánh_thần	holy 0.5	spirit 0.5
thánh_điạ	holy 0.5	land 0.5
thánh_đường	chancel 0.5	mosque 0.5
thánh_đản	birthday 0.5	saint's 0.5
tháp	fit 0.125	graft 0.125	stupa 0.25	tower 0.5
tháp_canh	box 0.25	guardian 0.25	tower 0.25	watch 0.25
tháp_luân_đôn	london 0.5	tower 0.5
tháp_ngà	ivory 0.25	pvory 0.25	tower 0.5
thâm	black 0.1667	blackish 0.5	dark 0.1667	deep 0.1667
thâm_aỏ	abstruse 1
thâm_cung	chamber 0.5	inner 0.5
thâm_giao	close 1
thâm_hiểm	darkly 0.25	fiendish 0.5	wicked 0.25
thâm_kín	sneaking 1
thâm_nhập	infiltrate 0.5	penetrate 0.5
thâm_niên	seniority 1
thâm_quyến	shenzhen 1
thâm_thùng	deep 0.5	profound 0.5
thâm_trầm	deep 1
thâm_tâm	bottom 0.5	heart 0.5
thâm_tình	affection 0.5	deep 0.5
thâm_ý	secret 0.5	thought 0.5
thâm_độc	wicked 1
thân	blood 0.08333	body 0.08333	close 0.08333	dear 0.08333	fate 0.04167	favour 0.08333	flap 0.04167	intimate 0.08333	lot 0.02778	personal 0.02778	piece 0.08333	stem 0.02778	support 0.08333	torso 0.08333	trunk 0.08333
thân_aí	affectionate 1
thân_cận	close 0.5	near 0.5
thân_danh	dignity 0.5	personal 0.5
thân_hành	come 0.5	person 0.5
thân_hình	appearance 0.5	physical 0.5
thân_hưũ	friends 0.5	relatives 0.5
thân_mật	close 0.5	intimate 0.5
thân_mến	dear 1
thân_nhân	relative 1
thân_phận	condition 0.3333	lot 0.3333	plight 0.3333
thân_thiết	dear 0.5	near 0.5
thân_thiện	friendly 1
thân_thuộc	re'lation 0.5	relatives 0.5
thân_thế	life 0.5	status 0.5
thân_thể	body 1
thây	body 0.5	corpse 0.5
thây_ma	body 0.25	corpse 0.5	dead 0.25
thâù_dâù	castor 0.1667	oil 0.1667	plant 0.1667	ricinus 0.5
thâù_khoán	contractor 1
thâú	pierce 0.25	reach 0.25	through 0.5
thâú_kính	lens 1
thâú_đaó	through 1
thâý	feel 0.3333	find 0.1667	see 0.1667	think 0.3333
thâỳ	dad 0.2857	daddy 0.1429	father 0.2857	master 0.1429	teacher 0.1429
thâỳ_boí	fortuneteller 0.5	soothsayer 0.5
thâỳ_chuà	bonze 0.3333	pagoda 0.3333	warden 0.3333
thâỳ_dòng	friar 0.5	monk 0.5
thâỳ_giaó	shoolmaster 1
thâỳ_ký	clerk 1
thâỳ_phán	clerk 0.5	senior 0.5
thâỳ_pháp	magician 0.5	sorcerer 0.5
thâỳ_thuốc	doctor 0.5	physician 0.5
thâỳ_thuốc_chưã_răng	dentist 1
thâỳ_thuốc_thú_y	veterinarian 1
thâỳ_tu	monk 0.5	priest 0.5
thâỳ_tướng	physiognomist 1
thè	out 0.5	put 0.5
thè_lè	jut 0.5	out 0.5
thèm	condescend 0.5	crave 0.25	deign 0.25
thèm_khát	crave 0.25	desire 0.5	strongly 0.25
thèm_muốn	covet 0.3333	desirous 0.3333	eagerly 0.1667	wish 0.1667
thép	extra 0.1667	share 0.1667	steel 0.6667
thét	scream 0.5	shriek 0.5
thê	wife 1
thê_lương	desolate 1
thê_thảm	depressful 0.3333	mournful 0.3333	tragic 0.1667	utterly 0.1667
thêm	add 0.5	added 0.25	additional 0.25
thênh_thang	immense 0.5	spacious 0.5
thêu	embroider 0.5	spade 0.5
thêu_thuà	embroider 1
thêù_thaò	easy 0.5	going 0.5
thì	be 0.1667	but 0.08333	certainly 0.08333	is 0.1667	sure 0.1667	then 0.3333
thì_giờ	time 1
thì_giờ_mất_công	time 0.5	waste 0.5
thì_phaỉ	perhaps 1
thì_thaò	whisper 1
thì_thầm	whisper 1
thì_thọt	out 0.5	sneak 0.5
thình	bang 1
thình_lình	all 0.125	sudden 0.375	suddenly 0.5
thí	risk 1
thí_dụ	case 0.1	example 0.4	if 0.2	instance 0.1	supposing 0.2
thí_mạng	life 0.5	risk 0.5
thí_nghiệm	experiment 1
thí_sinh	candidate 1
thí_điểm	experimental 0.5	place 0.5
thích	buddhist 0.2	engrave 0.2	like 0.3	maple 0.2	nudge 0.1
thích_hợp	suitable 1
thích_khách	assassin 1
thích_nghi	adapt 0.5	adjust 0.5
thích_thú	enjoy 0.25	enjoyable 0.25	pleasant 0.25	pleasure 0.25
thích_ý	gratified 0.5	satisfied 0.5
thích_đáng	appropriate 0.5	just 0.5
thích_ứng	adapt 0.5	cope 0.25	suitably 0.25
thím	aunt 1
thính	keen 0.3333	sensitive 0.3333	sharp 0.3333
thính_giác	hearing 1
thính_giả	listener 1
thính_học	audiology 1
thíp	absorb 1
thò	out 0.5	stick 0.5
thò_lò	run 0.5	snotty 0.5
thòng	down 0.5	hang 0.25	let 0.25
thóc_gaọ	grains 0.5	rice 0.5
thóp	crown 1
thô	coarse 0.3333	crude 0.3333	husky 0.3333
thô_bỉ	coarse 0.5	reede 0.5
thô_sơ	primitive 0.5	sudimentary 0.5
thô_tục	vulgar 1
thôi	all 0.07143	alone 0.1429	desist 0.1429	ever 0.1429	fuck 0.07143	long 0.07143	more 0.07143	stop 0.07143	that's 0.07143	what 0.07143	while 0.07143
thôi_kệ	fuck 0.5	what 0.5
thôi_miên	hypnotize 0.5	mesmerize 0.5
thôi_mà	please 1
thôi_thúc	prod 0.5	urge 0.5
thôi_việc	retire 1
thôn	hamlet 0.3333	village 0.6667
thôn_dã	countryside 1
thôn_nữ	country 0.5	girl 0.5
thôn_quê	country 0.5	countryside 0.5
thôn_tính	annex 1
thông	allow 0.03704	clear 0.1667	off 0.05556	open 0.05556	pine 0.2222	through 0.1481	traffic 0.03704	unchock 0.1111	unchocked 0.1111	unclog 0.05556
thông_baó	announce 0.1667	announcement 0.1667	communicate 0.1667	communique 0.1667	notice 0.3333
thông_baó_lôĩ	error 0.5	message 0.5
thông_caó	communique 1
thông_caó_baó_chí	press 0.5	release 0.5
thông_cảm	compassion 0.25	pay 0.25	sympathize 0.5
thông_dịch_viên	interpreter 0.5	translator 0.5
thông_dụng	commonly 0.5	used 0.5
thông_gió	ventilator 1
thông_lệ	routine 1
thông_minh	bright 0.1667	clever 0.3333	intelligent 0.3333	smart 0.1667
thông_qua	by 0.25	pass 0.25	ratify 0.25	through 0.25
thông_rụng_lá	larch 1
thông_số	parameter 1
thông_thaọ	proficient 1
thông_thường	common 0.4	normal 0.2	normally 0.2	usual 0.2
thông_tin	inform 0.3333	information 0.6667
thông_tư	circular 1
thông_tấn_xã	agency 0.5	news 0.5
thông_tục	colloquial 1
thông_điệp	memo 0.5	message 0.5
thông_đồng	collusion 0.3333	compromise 0.3333	league 0.3333
thôí	addle 0.2	back 0.2	rotten 0.2	stink 0.2	stinking 0.2
thôí_nát	corrupt 0.5	corruptive 0.5
thôỉ	blow 1
thôỉ_phồng	blow 0.5	up 0.5
thù_ghét	hate 1
thù_lao	compensation 0.3333	pay 0.3333	reward 0.3333
thù_oán	epique 0.25	hate 0.5	play 0.25
thù_địch	hostile 1
thùng	barred 0.3333	bucket 0.3333	cask 0.3333
thùng_rươụ	barrel 1
thùng_thư	box 0.5	letter 0.5
thùng_tonneau	barrel 1
thùng_xăng	gas 0.5	tank 0.5
thú	animal 0.08333	beast 0.1667	interest 0.08333	interesting 0.1667	mammal 0.1667	pleasant 0.1667	pleasure 0.1667
thú_có_tuí	marsupial 1
thú_nhận	admit 0.3333	confess 0.3333	realize 0.3333
thú_vui	pleasure 1
thú_vật	animal 1
thú_vị	enjoyable 0.5	pleasant 0.5
thúc_bách	pressing 0.5	urgent 0.5
thúc_dục	urge 1
thúc_thủ	fall 0.3333	lost 0.3333	surrender 0.3333
thúc_ép	force 0.5	goad 0.5
thúc_đâỷ	boost 0.3333	foster 0.3333	promote 0.3333
thúng	basket 1
thúng_mủng	baskets 1
thút_thít	sniffingly 1
thăm	ballot 0.1429	call 0.1429	lot 0.1429	visit 0.4286	vote 0.1429
thăm_dò	know 0.125	out 0.125	probe 0.25	sound 0.375	try 0.125
thăm_viếng	call 0.5	pay 0.5
thăng_bằng	balance 0.5	equilibrium 0.5
thăng_hoa	sublimate 1
thăng_thiên	ascend 0.25	ascension 0.5	heaven 0.25
thăng_tiến	promotions 1
thăng_trầm	downs 0.5	ups 0.5
thơ	poetry 0.6667	verse 0.3333
thơ_bốn_câu	quatrain 1
thơ_tình	lyrics 1
thơ_âú	age 0.5	tender 0.5
thơm	fragrant 0.4	pineapple 0.4	smelling 0.1	sweet 0.1
thơm_tho	delicious 0.5	smelling 0.25	sweet 0.25
thơì_bình	peace 0.5	peaceful 0.25	time 0.25
thơì_cơ	time 1
thơì_gian	time 1
thơì_gian_biêủ	timetable 1
thơì_gian_thực	real 0.25	realtime 0.5	time 0.25
thơì_gian_tơí	ahead 0.5	coming 0.25	time 0.25
thơì_giờ_mất_công	time 0.5	waste 0.5
thơì_khoá_biêủ	timetable 1
thơì_khắc_biêủ	timetable 1
thơì_kỳ	period 1
thơì_phục_hưng	renaissance 1
thơì_quá_khứ	past 0.5	tense 0.5
thơì_sự	current 0.25	event 0.25	newsreel 0.5
thơì_tiết	sky 0.3333	weather 0.6667
thơì_trang	fashion 1
thơì_vụ	season 1
thơì_xưa	yesteryear 1
thơì_đaị	age 0.5	era 0.5
thơì_đaị_hoá	periodization 1
thơì_đaị_hùng_vương	bred 0.05556	carving 0.1111	chickens 0.05556	dancing 0.1111	dogs 0.1111	fish 0.05556	painting 0.1111	pickled 0.05556	pigs 0.1111	sun 0.05556	tattooing 0.05556	wine 0.1111
thư	letter 1
thư_ký	clerk 0.3333	secretary 0.6667
thư_laị	clerk 1
thư_mục	folder 1
thư_pháp	penmanship 1
thư_phòng	library 1
thư_sinh	student 1
thư_thaí	ease 0.5	relaxed 0.5
thư_thả	free 0.3333	leisurely 0.3333	sparetime 0.3333
thư_từ	correspondence 0.5	letters 0.5
thư_viện	library 1
thư_điện_tử	e 0.5	mail 0.5
thưa	complain 0.3333	occasional 0.1667	sparse 0.1667	thin 0.3333
thưa_kiện	bring 0.1667	legal 0.1667	proceedings 0.1667	sue 0.5
thưa_thớt	scattered 0.5	sparse 0.5
thưà	comply 0.25	excess 0.25	excessive 0.08333	quite 0.08333	superfluous 0.25	well 0.08333
thưà_hành	carry 0.25	execute 0.5	out 0.25
thưà_kế	inherit 0.5	over 0.5
thưà_nhận	admit 0.5	recognize 0.5
thưà_số	factor 1
thưà_thaĩ	overflowing 0.5	superabundant 0.5
thương	care 0.3333	handled 0.1111	long 0.1111	love 0.1667	spear 0.1111	tenderly 0.1667
thương_cảm	feel 0.5	sorry 0.5
thương_gia	businessman 0.3333	merchant 0.5	trader 0.1667
thương_haị	feel 0.5	pity 0.5
thương_hiêụ	trademark 1
thương_lượng	negotiate 1
thương_maị	commerce 0.375	commercial 0.25	trade 0.375
thương_maị_điện_tử	commerce 0.5	e 0.5
thương_nghiệp	commerce 0.5	trade 0.5
thương_nhớ	long 0.5	miss 0.5
thương_phẩm	commodity 1
thương_số	quotient 1
thương_tâm	pitiful 1
thương_tích	injury 0.5	wound 0.5
thương_tổn	damage 0.5	hurt 0.5
thương_vụ	affair 0.5	commercial 0.25	trade 0.25
thước	metre 1
thước_dây	measure 0.5	tape 0.5
thước_kẻ	ruler 1
thường	average 0.1	common 0.3	frequent 0.2	often 0.2	ordinary 0.1	usual 0.1
thường_châu	changzhou 1
thường_gặp	common 1
thường_khi	frequently 0.5	often 0.5
thường_ngaỳ	day 0.5	every 0.5
thường_nhật	daily 1
thường_niên	annual 0.5	yearly 0.5
thường_thâý	common 1
thường_thường	often 0.5	usually 0.5
thường_trực	duty 1
thường_xuyên	constant 0.2	frequent 0.2	frequently 0.2	regular 0.2	regularly 0.2
thưởng	award 0.1667	enjoy 0.1667	gaze 0.3333	reward 0.3333
thưởng_thức	enjoy 1
thược_dược	dahlia 1
thượng_cấp	higher 0.5	rank 0.5
thượng_haỉ	shanghai 1
thượng_hạng	first 0.5	rate 0.5
thượng_khách	guest 0.5	honour 0.5
thượng_nghị_viện	house 0.25	lords 0.25	senate 0.5
thượng_phẩm	grade 0.5	high 0.5
thượng_sách	best 0.75	policy 0.25
thượng_sĩ	major 0.5	sergeant 0.5
thượng_toạ	monk 0.5	superior 0.5
thượng_tướng	general 0.4167	lieutenant 0.25	star 0.1667	three 0.1667
thượng_tầng	higher 0.5	layer 0.5
thượng_tầng_kiến_trúc	superstructure 1
thượng_uyển	garden 0.5	royal 0.5
thượng_võ	martial 1
thượng_đẳng	class 0.5	top 0.5
thượng_đế	creator 0.5	god 0.5
thượng_đỉnh	summit 0.5	top 0.5
thạc_sĩ	agre're 1
thạch	agar 0.5	chinese 0.08333	gelatin 0.08333	isinglass 0.3333
thạch_anh	quartz 1
thạch_bản	lithographic 0.3333	slab 0.3333	stone 0.3333
thạch_cao	plasler 1
thạch_gia_trang	shijiazhuang 1
thạch_lưụ	pomogranate 1
thạch_nhũ	stalactite 0.6667	stalagmit 0.3333
thạch_sùng	gecko 0.5	house 0.5
thạch_tùng	lycopod 0.5	lycopodium 0.5
thạnh	prosperous 1
thả	breed 0.09091	cast 0.09091	down 0.04545	drop 0.09091	fly 0.09091	fork 0.04545	free 0.04545	let 0.04545	lower 0.04545	more 0.04545	out 0.09091	play 0.04545	release 0.1818	set 0.04545
thả_cưả	freely 0.3333	restrain 0.1667	will 0.3333	without 0.1667
thả_dù	drop 0.25	parachute 0.75
thả_lỏng	let 0.25	loose 0.5	set 0.25
thả_rong	allow 0.3333	freely 0.3333	range 0.3333
thảm	carpet 0.25	cover 0.125	rapestry 0.125	rug 0.25	tragic 0.25
thảm_cảnh	plight 0.25	situation 0.25	tragic 0.5
thảm_haị	humiliating 0.25	ignominious 0.5	pitiful 0.25
thảm_hoạ	calamity 0.3333	catastrophe 0.3333	disaster 0.3333
thảm_khốc	destructive 0.25	devastating 0.5	highly 0.25
thảm_sát	massacre 0.5	slaughter 0.5
thảm_thiết	heart 0.5	rending 0.5
thảm_thương	pitiful 0.5	saddening 0.5
thản_nhiên	calm 0.5	unruffled 0.5
thảng_hoặc	occasionally 0.5	supposing 0.5
thảnh_thơi	leisurely 0.5	unoccupied 0.5
thấm	absorb 0.25	feel 0.125	grasp 0.125	penetrated 0.25	sink 0.125	suck 0.125
thấm_nhuần	grasp 0.5	seize 0.5
thấm_qua	filter 1
thấm_thiá	do 0.125	penetrate 0.25	pervade 0.125	sufficient 0.25	to 0.125	worth 0.125
thấm_thoát	quickly 0.5	soon 0.5
thấm_vaò	filter 1
thấp	bad 0.3333	low 0.5	poor 0.1667
thấp_hèn	abject 0.3333	low 0.3333	mean 0.3333
thấp_khớp	rheumatism 1
thấp_thoáng	alternately 0.3333	appear 0.3333	disappear 0.3333
thất_baị	defeated 0.3333	fail 0.1667	lose 0.1667	unsuccessful 0.3333
thất_bát	fail 0.5	lose 0.5
thất_chí	frustrated 1
thất_cách	aberrant 0.5	awkward 0.5
thất_hiêú	undutiful 1
thất_học	illiterate 1
thất_kinh	startle 1
thất_lạc	mislay 1
thất_lễ	impolite 1
thất_nghiệp	out 0.1667	unemployed 0.6667	work 0.1667
thất_nhân_tâm	unpopular 1
thất_phu	member 0.5	rabble 0.5
thất_sách	impolitic 1
thất_sắc	blanch 0.5	pale 0.5
thất_sủng	disfavour 0.5	fall 0.5
thất_thân	chastity 0.5	lose 0.5
thất_thường	erratic 0.5	irregular 0.5
thất_thế	ground 0.5	lose 0.5
thất_thố	commit 0.5	indescretion 0.5
thất_thủ	fall 1
thất_tiết	failto 0.1667	keep 0.1667	lose 0.25	word 0.1667	words 0.25
thất_truyền	lost 1
thất_trận	battle 0.25	defeated 0.5	lose 0.25
thất_tình	feelings 0.1667	lorn 0.1667	love 0.1667	lovesick 0.3333	seven 0.1667
thất_tín	fail 0.3333	keep 0.3333	word 0.3333
thất_vận	out 0.5	rhyme 0.5
thất_vọng	blue 0.3333	despair 0.3333	disappointed 0.3333
thất_ý	disapointed 0.5	frustrated 0.5
thất_đức	unrighteous 1
thất_ước	fail 0.5	promise 0.5
thầm	dark 0.3333	secret 0.3333	sneaking 0.3333
thầm_lặng	mute 0.6667	silent 0.3333
thần	deity 1
thần_aí_tình	venus 1
thần_bí	mysterious 0.5	mystical 0.5
thần_chiến_tranh	mars 1
thần_chú	incantation 1
thần_chết	angel 0.25	death 0.25	grim 0.25	reaper 0.25
thần_diêụ	marvelluos 0.5	miraculous 0.5
thần_giao_cách_cảm	telepathy 1
thần_học	theology 1
thần_hồn	mind 0.5	soul 0.5
thần_hộ	kobe 1
thần_jupiter	jupiter 1
thần_kinh	nerve 0.5	nerves 0.5
thần_kinh_học	neurology 1
thần_kỳ	marvellous 0.5	miraculuos 0.5
thần_linh	deities 0.5	gods 0.5
thần_lực	miraculous 0.5	strength 0.5
thần_phục	allegiance 0.25	owe 0.25	submit 0.5
thần_quyền	authority 0.25	deity 0.5	heavenly 0.25
thần_sạ	cinnabar 1
thần_sắc	complextion 0.3333	countenance 0.3333	look 0.3333
thần_thoaị	mythology 1
thần_thánh	deities 0.1667	gods 0.1667	holy 0.3333	sacred 0.3333
thần_thông	magic 0.5	wonder 0.25	working 0.25
thần_tình	extraodinary 0.5	skilful 0.5
thần_tượng	icon 1
thần_tốc	lightening 0.5	speed 0.5
thần_vệ_nữ	venus 1
thần_đaọ	shinto 0.5	shintoist 0.5
thần_đồng	infant 0.25	prodigy 0.25	wunderkind 0.5
thẩm	suck 0.5	up 0.5
thẩm_dương	shenyang 1
thẩm_mỹ	sense 0.5	taste 0.5
thẩm_mỹ_học	aesthetics 1
thẩm_phán	judge 1
thẩm_quyền	ability 0.3333	competence 0.3333	jurisdiction 0.3333
thẩm_vấn	interrogate 0.5	question 0.5
thẩm_định	appraisal 0.25	appraise 0.25	consider 0.125	decide 0.125	evaluate 0.25
thẩn_thơ	stroll 1
thẫm	dark 1
thậm_chí	even 1
thận	kidney 1
thận_trọng	cautious 0.5	safe 0.5
thập_cẩm	miscellaneous 0.5	subgum 0.5
thập_kỷ	decade 1
thập_niên	decade 1
thập_phân	decimal 1
thập_phương	all 0.1667	everywhere 0.5	over 0.1667	world 0.1667
thập_toàn	accomplished 0.5	perfect 0.5
thập_tự	cross 1
thập_ác	cross 1
thật	actual 0.3333	real 0.3333	true 0.3333
thật_là	just 1
thật_sao	really 1
thật_sự	actual 0.5	really 0.5
thật_thà	truthful 1
thật_đúng_là	just 1
thắc_thỏm	covet 0.5	covetous 0.5
thắm	deep 0.5	gorgeous 0.25	warm 0.25
thắng	beat 0.5	win 0.5
thắng_cảnh	beauty 0.3333	landscape 0.3333	spot 0.3333
thắng_lơị	achieve 0.2	succeed 0.2	success 0.2	victory 0.4
thắng_thế	advantage 0.5	gain 0.25	ground 0.25
thắng_trận	battle 0.5	win 0.5
thắp	burn 0.3333	light 0.6667
thắt	tie 1
thắt_chặt	tighten 1
thắt_cổ	garrotte 0.5	hang 0.5
thắt_lưng	belt 0.5	waist 0.5
thằn_lằn	gecko 0.3333	lizard 0.6667
thằng	one 1
thằng_bờm	idiot 0.25	minded 0.25	practical 0.5
thằng_cha	bloke 0.3333	chap 0.3333	fellow 0.3333
thằng_ngu	fool 1
thằng_ngốc	idiot 1
thẳm	very 1
thẳng	right 0.5	straight 0.1667	straightforward 0.1667	stretch 0.1667
thẳng_cánh	restraint 0.5	without 0.5
thẳng_giấc	sound 0.5	soundly 0.5
thẳng_góc	perpendicular 0.5	right 0.5
thẳng_tay	mercy 0.5	without 0.5
thẳng_thắn	straightforward 1
thẳng_thừng	mercy 0.25	restraint 0.25	without 0.5
thẳng_đứng	vertical 1
thặng_dư	surplus 1
thẹn	blow 1
thẹn_mặt	cheap 0.5	feel 0.5
thẹn_thò	blow 1
thẹn_thùng	ashamed 0.5	feel 0.5
thẹp	bit 0.1667	cunt 0.5	edge 0.1667	old 0.1667
thẻ_baì	simmoning 0.5	tablet 0.5
thẻ_tín_dụng	card 0.5	credit 0.5
thế	authoritative 0.07143	disposition 0.07143	like 0.07143	mortgage 0.07143	position 0.07143	posture 0.07143	power 0.07143	replace 0.1429	so 0.1429	substitute 0.07143	such 0.1429
thế_cục	life 1
thế_gian	living 0.5	people 0.25	world 0.25
thế_giơí	universe 0.3333	world 0.6667
thế_giơí_bên_kia	afterlife 1
thế_giơí_mơí	new 0.5	world 0.5
thế_giơí_quan	outlook 0.25	world 0.25	worldview 0.5
thế_giơí_ả_rập	arab 0.5	world 0.5
thế_hệ	generation 1
thế_kỷ	century 1
thế_lực	influence 1
thế_naò	how 0.5	well 0.3333	why 0.1667
thế_phẩm	substitute 1
thế_sự	affairs 0.5	world 0.5
thế_thaí	way 0.5	world 0.5
thế_thì	then 1
thế_tộc	family 0.5	mandarin 0.5
thế_tục	temproral 0.5	way 0.25	world 0.25
thế_vận_hôị	games 0.5	olympic 0.5
thế_à	is 0.1667	really 0.5	so 0.1667	that 0.1667
thế_ước	swear 0.5	wou 0.5
thếp	gild 0.5	quire 0.5
thết	entertain 0.5	feast 0.25	treat 0.25
thề	pledge 0.3333	swear 0.6667
thề_bôì	swear 0.5	vow 0.5
thề_bỏ	abjure 1
thề_nguyền	plighted 0.5	word 0.5
thềm	floor 0.5	veranda 0.5
thềm_lục_điạ	continental 0.5	shelf 0.5
thể	aspect 0.3333	genre 0.3333	state 0.3333
thể_chất	constitution 1
thể_chế	institution 1
thể_cách	manner 0.5	way 0.5
thể_diện	face 1
thể_dục	education 0.125	exercises 0.25	gymnasium 0.25	gymnastics 0.25	physical 0.125
thể_hiện	express 0.3333	expression 0.3333	show 0.3333
thể_lệ	rules 1
thể_lực	physical 0.5	strength 0.5
thể_nghiệm	experience 1
thể_thao	sport 0.5	sports 0.5
thể_thống	conduct 0.1667	conventional 0.25	fixed 0.1667	rule 0.1667	trend 0.25
thể_tích	volume 1
thể_tất	forgive 1
thỉnh	invite 0.3333	politely 0.3333	ring 0.3333
thỉnh_câù	request 1
thỉnh_giaó	advice 0.25	consult 0.5	request 0.25
thỉnh_nguyện	explain 0.5	wishes 0.5
thỉnh_thoảng	now 0.1667	occasionally 0.3333	sometimes 0.3333	then 0.1667
thỉnh_thị	instructions 0.5	request 0.5
thị	decandrous 0.25	persimmon 0.25	samurai 0.5
thị_chính	administration 0.5	municipal 0.5
thị_dân	burgess 0.5	burgher 0.5
thị_giác	sight 0.5	vision 0.5
thị_hiêú	liking 0.5	taste 0.5
thị_lực	eyesight 0.5	sight 0.5
thị_sảnh	hall 0.5	town 0.5
thị_thực	certify 0.3333	visa 0.6667
thị_trường	field 0.1667	market 0.6667	vision 0.1667
thị_trưởng	mayor 1
thị_trấn	town 0.8333	township 0.1667
thị_tộc	clan 1
thị_xã	town 0.75	township 0.25
thịnh	prevalent 0.3333	prosperous 0.3333	thriving 0.3333
thịnh_hành	popular 0.5	vogue 0.5
thịnh_nộ	anger 0.25	outburst 0.25	rage 0.5
thịnh_soạn	abundant 0.3333	ample 0.3333	plentiful 0.3333
thịnh_thế	prosperous 0.5	times 0.5
thịnh_trị	peaceful 0.5	prosperous 0.5
thịnh_tình	solicitude 1
thịnh_vượng	prosperous 0.5	thriving 0.5
thịnh_đạt	life 0.5	successful 0.5
thịt	flesh 0.08333	kill 0.1667	meat 0.3333	murder 0.1667	pulp 0.08333	slaughter 0.1667
thịt_bò	beef 1
thịt_heo	pork 1
thịt_ngưạ	horsemeat 1
thịt_vịt	duck 1
thọ	live 0.75	long 0.25
thọc	put 0.5	thrust 0.5
thọt	lame 0.5	neatly 0.25	slip 0.25
thỏ	hare 0.1667	moon 0.1667	rabbit 0.6667
thỏ_con	leveret 1
thỏ_rừng	hare 1
thỏ_thẻ	murmur 1
thống_chế	marshal 1
thống_khổ	agony 0.5	grcevous 0.5
thống_lĩnh	chief 0.5	commander 0.5
thống_nhất	agree 0.125	reunification 0.125	unification 0.125	unified 0.125	unify 0.25	unite 0.125	united 0.125
thống_sử	governor 1
thống_trị	dominate 0.5	rule 0.5
thống_đốc	general 0.1667	governor 0.8333
thốt	say 0.5	utter 0.5
thốt_nốt	palmyra 1
thồn	fill 0.5	squeeze 0.5
thổ	earth 0.5	vomit 0.5
thổ_dân	aboriginal 0.6667	native 0.3333
thổ_hoàng	ochre 1
thổ_lộ	confess 0.5	out 0.25	pour 0.25
thổ_ngư	dialect 1
thổ_ngư_học	dialectology 1
thổ_ngữ	idiom 1
thổ_nhĩ_kỳ	turkey 1
thổ_nhưỡng	soil 1
thổ_phỉ	bandit 0.5	brigand 0.5
thổ_sản	aboriginal 1
thổ_tinh	saturn 1
thổn_thức	sob 1
thộp	nab 0.3333	pinch 0.3333	snatch 0.3333
thớ	fibre 0.5	grain 0.5
thờ	adore 0.25	care 0.25	reverent 0.25	worship 0.25
thờ_ơ	ignore 0.3333	indifferent 0.3333	lukewarm 0.3333
thở	blow 0.25	breathe 0.5	respire 0.25
thở_daì	sigh 1
thợ	workman 1
thợ_bạc	goldsmith 0.6667	silversmith 0.3333
thợ_caọ	barber 1
thợ_cưa	sawyer 1
thợ_cắt_tóc_nữ	hairdresser 1
thợ_hàn	solderer 0.5	welder 0.5
thợ_hồ	bricklayer 1
thợ_kẽm	zincworker 1
thợ_làm_đàn	luthier 1
thợ_lặn	diver 1
thợ_may	tailor 1
thợ_maý	mechanic 1
thợ_mộc	carpenter 1
thợ_nhiếp_ảnh	photographer 1
thợ_nề	bricklayer 1
thợ_rèn	blacksmith 1
thợ_sơn	painter 1
thợ_sưã_ống_nước	plumber 1
thợ_thiếc	tinsmith 1
thợ_điện	electrician 1
thợ_đóng_giaỳ	shoemaker 1
thợ_đúc	moulder 1
thụ_phấn	pollinate 1
thụ_thai	conceive 0.5	impregnated 0.5
thụ_tinh	fecundate 0.5	inseminate 0.5
thụ_động	passive 1
thụt	back 0.1667	out 0.1111	pull 0.1667	pump 0.1111	recede 0.1111	shoot 0.3333
thụt_luì	backward 0.25	go 0.25	recoil 0.25	regress 0.25
thủ_bút	autograph 1
thủ_công	handicraft 1
thủ_dâm	masturbate 1
thủ_lĩnh	leader 1
thủ_môn	goalkeeper 1
thủ_ngữ	language 0.5	sign 0.5
thủ_phạm	culprit 1
thủ_phủ	capitol 1
thủ_quân	captain 1
thủ_quỹ	cashier 1
thủ_thuật	operation 1
thủ_thành	goalkeeper 1
thủ_thư	archivist 0.3333	librarian 0.6667
thủ_tiêu	abate 0.25	abolish 0.5	annul 0.25
thủ_trưởng	chief 0.5	officer 0.5
thủ_tướng	chancellor 0.1667	minister 0.4167	prime 0.4167
thủ_tướng_chính_phủ	minister 0.5	prime 0.5
thủ_tục	formality 0.25	procedure 0.5	procedures 0.25
thủ_tục_hành_chính	administrative 0.5	procedures 0.5
thủ_đô	capital 0.5	city 0.1667	metropolitan 0.3333
thủ_đô_hà_nôị	capital 0.3333	ha 0.3333	noi 0.3333
thủm	stinking 1
thủng	having 0.125	hole 0.25	holed 0.25	holes 0.125	pierced 0.25
thứ	inferior 0.1111	kind 0.05556	one 0.1111	order 0.1111	rank 0.05556	second 0.2222	sort 0.1111	th 0.1111	thing 0.1111
thứ_ba	third 0.5	tuesday 0.5
thứ_ba_mươi	thirtieth 1
thứ_baỷ	saturday 0.5	seventh 0.5
thứ_baỷ_mươi	seventieth 1
thứ_bậc	order 0.3333	rank 0.3333	tier 0.3333
thứ_chín	ninth 1
thứ_chín_mươi	ninetieth 1
thứ_hai	monday 0.5	second 0.5
thứ_hai_mươi	twentieth 1
thứ_hai_mươi_ba	third 0.5	twenty 0.5
thứ_mươì	tenth 1
thứ_mươì_lăm	fifteenth 1
thứ_nhì	second 1
thứ_nhất	first 1
thứ_năm	fifth 0.5	thursday 0.5
thứ_năm_mươi	fiftieth 1
thứ_saú	sixth 1
thứ_saú_mươi	sixtieth 1
thứ_saú_tuần_thánh	friday 0.5	good 0.5
thứ_trưởng	deputy 0.375	minister 0.5	vice 0.125
thứ_tám	eighth 1
thứ_tám_mươi	eightieth 1
thứ_tư	fourth 0.5	wednesday 0.5
thứ_tự	order 0.5	position 0.5
thứ_yêú	secondary 1
thức	awake 0.2	mood 0.2	sit 0.2	up 0.1	wake 0.3
thức_dâỵ	awake 0.3333	up 0.3333	wake 0.3333
thức_tỉnh	awaken 1
thức_uống	drink 1
thức_ăn	chow 0.5	food 0.5
thức_ăn_nhanh	fast 0.5	food 0.5
thừng	rope 1
thử	test 0.3333	try 0.6667
thử_thách	challenge 0.3333	trial 0.3333	try 0.3333
thử_xem	just 1
thực	real 0.5	true 0.5
thực_chất	essence 0.5	substance 0.5
thực_dân	colonist 1
thực_dụng	practical 0.5	pragmatic 0.5
thực_giá_noãn	placenta 1
thực_hiện	carry 0.1667	do 0.1667	implement 0.1667	out 0.1667	perform 0.1667	realize 0.1667
thực_hành	drill 0.5	practise 0.5
thực_phẩm	foodstuff 1
thực_quyền	power 0.5	real 0.5
thực_quả_mâm_xôi	loganberry 1
thực_ra	actually 0.5	fact 0.5
thực_sự	actual 0.3333	actually 0.3333	indeed 0.1667	really 0.1667
thực_taị	reality 1
thực_thể	entity 1
thực_trạng	actual 0.5	situation 0.5
thực_tập	practise 1
thực_tế	actual 0.1667	autual 0.1667	life 0.08333	practice 0.1667	real 0.25	reality 0.1667
thực_từ	national 0.5	word 0.5
thực_vật	plant 1
thực_vật_học	botany 1
thực_đơn	menu 1
ti_hí	slit 0.5	small 0.5
ti_thể	mitochondrion 1
ti_tiện	lease 0.5	mean 0.5
ti_toe	excessively 0.3333	off 0.3333	show 0.3333
tia	beam 0.25	jet 0.125	radiant 0.125	ray 0.5
tia_chớp	lightning 1
tia_x	radiation 0.1667	ray 0.4167	x 0.4167
tim	heart 0.5	wick 0.5
tin	believe 0.4	information 0.2	news 0.4
tin_baó	information 1
tin_buồn	bad 0.5	news 0.5
tin_câỵ	rely 0.6667	trust 0.3333
tin_dữ	bad 0.5	news 0.5
tin_lành	good 0.5	news 0.5
tin_mừng	good 0.5	news 0.5
tin_trả_lơì	answer 1
tin_tưởng	believe 1
tin_tức	news 1
tin_vui	good 0.5	news 0.5
tin_vịt	cannard 0.5	hoax 0.5
tin_đồn	rumour 1
tinh_baì_ngoaị	xenophobia 1
tinh_bột	starch 1
tinh_chất	essence 1
tinh_chế	refine 1
tinh_câù	star 1
tinh_dâù	essential 0.5	oil 0.5
tinh_dịch	cum 0.25	semen 0.25	sperm 0.5
tinh_giản	streamline 1
tinh_hoa	cream 0.25	flower 0.25	genius 0.25	quintescence 0.25
tinh_hoàn	testicle 1
tinh_khiết	clean 0.5	pure 0.5
tinh_nhuệ	trained 0.5	well 0.5
tinh_thần	mental 0.1	mind 0.4	nerve 0.2	sence 0.1	spirit 0.2
tinh_thần_chung	tenor 1
tinh_thể	crystal 1
tinh_tinh	chimpanzee 1
tinh_trùng	sperm 0.5	spermatozoon 0.5
tinh_tú	stars 1
tinh_tế	fine 0.5	precise 0.5
tinh_vi	fine 0.3333	refined 0.1667	sophisticated 0.3333	well 0.1667
tinh_vân	nebula 1
titan	titanium 1
tivi	television 1
tiá	dad 0.2857	daddy 0.1429	father 0.2857	purple 0.2857
tiá_tô	perilla 0.6667	shiso 0.3333
tiêm	inject 0.5	probe 0.5
tiêm_chủng	immunization 0.5	vaccination 0.5
tiên	fairy 0.6667	first 0.3333
tiên_chim	siren 1
tiên_cảnh	fairyland 1
tiên_nga	fairy 1
tiên_nữ	fairy 0.5	nymph 0.5
tiên_phong	vanguard 1
tiên_quyết	prerequisite 1
tiên_tiến	advanced 0.5	developed 0.5
tiên_tri	foretell 1
tiên_đoán	foretell 0.5	predict 0.5
tiên_đề	axiom 1
tiêu	digest 0.1667	dispel 0.1667	flute 0.1667	kill 0.1667	pepper 0.1667	resolve 0.1667
tiêu_biêủ	examplarsy 0.25	represent 0.25	symbolize 0.25	typical 0.25
tiêu_chuẩn	criterion 0.2	portion 0.2	ration 0.2	standard 0.4
tiêu_chuẩn_hoá	standardization 1
tiêu_cực	negative 0.5	passive 0.5
tiêu_diệt	annihilate 0.5	out 0.25	wipe 0.25
tiêu_dùng	consume 1
tiêu_hao	consume 0.3333	out 0.3333	thin 0.1667	wear 0.1667
tiêu_hoá	digest 1
tiêu_tan	dashed 0.5	destroyed 0.5
tiêu_thể	lysosome 1
tiêu_thụ	consume 0.75	sell 0.25
tiêu_vong	disappear 1
tiêu_xaì	spend 1
tiêu_điêù	desolate 1
tiêu_điểm	focus 1
tiêu_đề	heading 1
tiêu_độc	antidotal 1
tiêù_tuỵ	emaciated 0.5	shabby 0.5
tiêú_lâm	funny 0.5	humorous 0.5
tiêủ	small 1
tiêủ_ban	committee 0.5	sub 0.5
tiêủ_bang	state 1
tiêủ_hành_tinh	asteroid 1
tiêủ_học	education 0.5	primary 0.5
tiêủ_luận	essay 1
tiêủ_nhân	mean 0.5	person 0.5
tiêủ_quy_mô	scale 0.5	small 0.5
tiêủ_sử	biography 0.6667	history 0.3333
tiêủ_thuyết	fiction 0.3333	novel 0.6667
tiêủ_thuyết_gia	novelist 1
tiêủ_thưà	buddhism 0.25	southern 0.25	theravada 0.5
tiêủ_tiện	urinate 1
tiêủ_trừ	out 0.25	suppress 0.5	wipe 0.25
tiêủ_tư_sản	bourgeoisie 0.5	petty 0.5
tiêủ_xaỏ	skill 0.5	trifling 0.5
tiêủ_á	asia 0.5	minor 0.5
tiêủ_đoàn	battalion 1
tiêủ_đôị	squad 1
tiêủ_đường	diabetes 1
tiả	prune 0.5	trim 0.5
tiếc	grudge 0.25	regret 0.5	sorry 0.25
tiếc_rẻ	regret 1
tiếm	usurp 1
tiến	advance 0.5	forward 0.25	march 0.25
tiến_bộ	leap 0.25	progress 0.5	progressive 0.25
tiến_hoá	evolution 0.5	evolutionary 0.5
tiến_hành	carry 0.5	out 0.5
tiến_sĩ	doctor 1
tiến_thoaí	advance 0.5	retreat 0.5
tiến_trình	process 1
tiến_tơí	come 0.5	progress 0.5
tiến_độ	pace 0.25	progress 0.375	rate 0.125	schedule 0.25
tiếng	hour 0.2143	language 0.1905	name 0.04762	reputation 0.07143	sound 0.1429	tone 0.1429	voice 0.04762	word 0.1429
tiếng_afrikaans	afrikaans 1
tiếng_ai_cập	egyptian 1
tiếng_ainu	ainu 1
tiếng_anh	english 1
tiếng_aí_nô	ainu 1
tiếng_ba_tư	persian 1
tiếng_bambara	bambara 1
tiếng_bengali	bengali 1
tiếng_bắc_kinh	mandarin 1
tiếng_bồ_đaò_nha	portuguese 1
tiếng_cornwall	cornish 1
tiếng_cươì	laughter 1
tiếng_do_thaí	hebrew 1
tiếng_dôị	echo 1
tiếng_hai_ti	creole 0.5	haitian 0.5
tiếng_hoa	chinese 1
tiếng_huýt	whistle 1
tiếng_hy_lạp	greek 1
tiếng_hà_lan	dutch 1
tiếng_hàn_quốc	korean 1
tiếng_hán	chinese 1
tiếng_hót	whistle 1
tiếng_khmer	khmer 1
tiếng_khách_gia	hakka 1
tiếng_komi	komi 1
tiếng_kurd	kurdish 1
tiếng_latinh	latin 1
tiếng_laò	lao 1
tiếng_lách_cách	click 1
tiếng_lóng	slang 1
tiếng_miên	khmer 1
tiếng_miến_điện	burmese 1
tiếng_myanma	burmese 1
tiếng_mân_nam	hokkien 0.5	min 0.25	nan 0.25
tiếng_mã_lai	malay 1
tiếng_mông_cổ	mongolian 1
tiếng_mẹ_đẻ	mother 0.5	tongue 0.5
tiếng_na_uy	norwegian 1
tiếng_nam_phi	afrikaans 1
tiếng_nga	russian 1
tiếng_ngô	wu 1
tiếng_nhật	japanese 1
tiếng_noí	language 0.5	tongue 0.25	voice 0.25
tiếng_pháp	french 1
tiếng_phạn	sanskrit 1
tiếng_phổ_thông	mandarin 0.5	putonghua 0.5
tiếng_quảng_đông	cantonese 1
tiếng_quốc_tế_ngữ	esperanto 1
tiếng_romania	romanian 1
tiếng_swahili	swahili 1
tiếng_séc	czech 1
tiếng_sấm	roll 1
tiếng_tagalog	filipino 1
tiếng_tamil	tamil 1
tiếng_taù	chinese 1
tiếng_thaí	thai 1
tiếng_thaí_lan	thai 1
tiếng_thuỵ_điển	swedish 1
tiếng_thổ	turkish 1
tiếng_thổ_nhĩ_kỳ	turkish 1
tiếng_triêù_châu	teochew 1
tiếng_triêù_tiên	korean 1
tiếng_trung_quốc	chinese 1
tiếng_tráng	zhuang 1
tiếng_tây_ban_nha	castilian 0.5	spanish 0.5
tiếng_tăm	fame 0.25	name 0.25	renounce 0.25	reputation 0.25
tiếng_tắc_lươĩ	click 1
tiếng_tặc_lươĩ	click 1
tiếng_urdu	urdu 1
tiếng_vang	echo 0.3333	repercussion 0.3333	resound 0.3333
tiếng_việt	vietnamese 1
tiếng_việt_nam	vietnamese 1
tiếng_xứ_cornwall	cornish 1
tiếng_yiddish	yiddish 1
tiếng_ý	italian 1
tiếng_động	noise 1
tiếng_đức	german 1
tiếng_ả_rập	arabic 1
tiếng_ấn_độ	hindi 1
tiếp	forward 0.5	hand 0.25	lend 0.25
tiếp_chuyện	company 0.5	keep 0.5
tiếp_cận	adjacent 0.3333	approach 0.3333	reach 0.3333
tiếp_giáp	adjoin 0.5	contiguous 0.5
tiếp_hiện	interbeing 1
tiếp_kiến	accept 0.5	receive 0.5
tiếp_nhận	receive 0.5	toaccept 0.5
tiếp_nôí	closely 0.5	follow 0.5
tiếp_quản	over 1
tiếp_tay	abet 1
tiếp_theo	continuouss 0.5	following 0.5
tiếp_thu	accept 0.5	receive 0.5
tiếp_tân	entertain 0.3333	receive 0.3333	receptionist 0.3333
tiếp_tục	continous 0.5	continue 0.5
tiếp_viên_hàng_không	attendant 0.5	flight 0.5
tiếp_viện	reinforce 0.25	supply 0.5	support 0.25
tiếp_xúc_cử_tri	meet 0.5	voters 0.5
tiếp_đaĩ	entertain 0.3333	receive 0.3333	treat 0.3333
tiếp_đón	receive 0.5	welcome 0.5
tiết	emit 0.25	period 0.08333	season 0.25	secrete 0.25	section 0.08333	time 0.08333
tiết_diện	section 1
tiết_kiệm	economize 0.5	practise 0.25	thrift 0.25
tiết_lộ	leak 0.3333	let 0.1667	out 0.1667	reveal 0.3333
tiết_mục	item 1
tiềm_lực	potential 1
tiềm_thức	subconscience 1
tiềm_tàng	latent 0.5	potential 0.5
tiền	front 0.3333	money 0.6667
tiền_bo	tip 1
tiền_bạc	money 1
tiền_chiến	antebellum 1
tiền_cho_mượn	loan 1
tiền_cuả	wealth 1
tiền_các	bonus 1
tiền_cọc	deposit 1
tiền_giâý	money 0.5	paper 0.5
tiền_lẻ	change 1
tiền_mặt	cash 1
tiền_nhân	predecessor 1
tiền_phong	avant 0.25	guard 0.25	pioneer 0.5
tiền_phà	fare 1
tiền_sử	prehistoric 0.3333	prehistorical 0.3333	prehistory 0.3333
tiền_thưởng	bonus 0.5	tip 0.5
tiền_tiêu	front 0.5	outward 0.5
tiền_trạm	advance 0.75	party 0.25
tiền_tuyến	front 0.5	line 0.5
tiền_tệ	currency 1
tiền_vàng	gold 1
tiền_vàng_bạc	joss 0.5	paper 0.5
tiền_vàng_mã	joss 0.5	paper 0.5
tiền_xe	fare 1
tiền_âm_phủ	joss 0.5	paper 0.5
tiền_đò	fare 1
tiền_đề	premise 0.5	premiss 0.5
tiền_định	predestined 0.5	preordained 0.5
tiền_đồ	future 1
tiễn	off 0.5	see 0.5
tiễn_biệt	out 0.5	see 0.5
tiệc	banquet 0.25	feast 0.25	party 0.5
tiệc_rươụ	coktail 0.5	party 0.5
tiệc_trà	party 0.5	tea 0.5
tiệm	shop 1
tiệm_cầm_đồ	pawnshop 1
tiệm_rươụ	pub 1
tiệm_ăn	restaurant 1
tiện	convenient 0.5	proper 0.5
tiện_nghi	comforts 0.5	conveniences 0.5
tiện_tay	hand 0.5	handy 0.5
tiệp_khắc	czechoslovakia 1
tiệt_trùng	sterile 0.5	sterilize 0.5
to	big 1
to_beó	corpulent 0.5	portly 0.5
to_lớn	big 0.5	tall 0.5
to_patch	having 0.25	patches 0.25	patchy 0.5
to_tát	considerable 0.5	great 0.5
to_tướng	enormous 0.5	huge 0.5
toa	carriage 1
toa_taù	carriage 1
toa_thuốc	prescription 1
toa_xe	carriage 1
toa_ăn	car 0.5	dining 0.5
toan	intend 1
toan_tính	intend 1
toang_hoác	open 0.5	wide 0.5
togo	togo 1
toi	die 0.5	waste 0.5
toi_mạng	die 0.3333	life 0.3333	lose 0.3333
tokyo	tokyo 1
tom_góp	collect 0.5	take 0.25	to 0.25
torino	turin 1
tovaris	tovarish 1
toyama	toyama 1
toà_giảng	pulpit 1
toà_lãnh_sự	consulate 1
toà_nhà	building 1
toà_soạn	house 0.5	newspaper 0.5
toà_thành	castle 1
toà_thánh	holy 0.5	see 0.5
toà_án	court 0.6667	tribunal 0.3333
toà_án_nhân_dân	court 0.5	people's 0.5
toà_đaị_sứ	embassy 1
toàn	all 0.5	whole 0.5
toàn_bộ	all 0.25	entire 0.25	whole 0.5
toàn_câù_hoá	globalisation 1
toàn_cục	worldwide 1
toàn_diện	all 0.25	sided 0.25	wholly 0.5
toàn_lực	all 0.5	heart 0.5
toàn_phần	complete 1
toàn_quyền	full 0.25	general 0.25	governor 0.25	power 0.25
toàn_quốc	country 0.25	nation 0.25	whole 0.25	wide 0.25
toàn_thế_giơí	worldwide 1
toàn_thể	all 0.25	entire 0.25	whole 0.5
toán	gang 0.6667	group 0.3333
toán_học	mathematic 0.5	mathematics 0.5
toé	splash 1
toét	gape 1
toạ_hưởng	enjoy 1
toạ_lạc	located 0.5	situated 0.5
toạ_thiền	meditation 0.5	sit 0.5
toạ_đàm	discussion 0.25	hold 0.08333	informal 0.08333	seminar 0.25	talk 0.3333
toạ_độ	coordinate 0.5	ordinate 0.5
toạ_độ_điểm	waypoint 1
toạc	satisfied 1
toả	emit 0.25	out 0.25	send 0.25	spread 0.25
toả_sáng	shine 1
toỉ	garlic 1
toỉ_tây	leek 1
tp	city 1
tra	add 0.1667	apply 0.1111	consult 0.3333	fit 0.1667	look 0.1111	up 0.1111
tra_cưú	look 0.5	through 0.25	up 0.25
tra_khaỏ	torture 1
trai	boy 0.4	male 0.2	man 0.06667	mussel 0.2	oyster 0.06667	young 0.06667
trai_trẻ	boyhood 1
train	book 1
trang	page 0.5	shift 0.25	zhuang 0.25
trang_bị	equip 1
trang_chính	home 0.5	page 0.5
trang_chủ	home 0.5	page 0.5
trang_hoàng	decorate 1
trang_nghiêm	solemn 1
trang_nhà	home 0.5	page 0.5
trang_phục	clothes 1
trang_phục_bơi	swimsuit 1
trang_sức	adorn 0.5	wear 0.5
trang_traị	farm 1
trang_trí	decorate 1
trang_trọng	solemn 1
trang_web	page 0.25	site 0.25	web 0.5
trang_điểm	beautify 0.5	up 0.5
trang_đâù	home 0.5	page 0.5
tranh	compete 0.25	fight 0.25	painting 0.25	picture 0.125	thatch 0.125
tranh_caĩ	argue 0.5	dispute 0.5
tranh_chấp	dispute 1
tranh_cử	run 0.5	stand 0.5
tranh_luận	discuss 1
tranh_thủ	use 1
tranh_đua	compete 1
trao	award 0.2	give 0.1	hand 0.4	present 0.2	to 0.1
trao_tay	hand 1
trao_tặng	award 0.3333	grant 0.3333	present 0.3333
trao_đôỉ	discuss 0.3333	exchange 0.6667
trao_đôỉ_chất	metabolism 1
trao_đôỉ_ngôn_ngữ	exchange 0.5	language 0.5
trau_chuốt	down 0.25	polish 0.5	smooth 0.25
trau_dôì	improve 1
traí	contrary 0.08333	fruit 0.25	left 0.3333	strawberry 0.25	wrong 0.08333
traí_chanh_dây	fruit 0.5	passion 0.5
traí_chuôí	banana 1
traí_chà_là	date 1
traí_cây	fruit 0.6667	fruits 0.3333
traí_dâu	mulberry 1
traí_dương_đaò	fruit 0.5	kiwi 0.5
traí_khoaý	inconventional 0.3333	irregular 0.3333	unacceptable 0.3333
traí_ki_wi	fruit 0.5	kiwi 0.5
traí_luật	dirty 1
traí_lê	pear 1
traí_me	tamarind 1
traí_muà	fashion 0.25	out 0.5	season 0.25
traí_mác_mác	fruit 0.5	passion 0.5
traí_mít	jackfruit 1
traí_mận	plum 1
traí_nghiã	antonymous 1
traí_ngâý	blackberry 1
traí_phép	illegal 1
traí_sa_kê	breadfruit 1
traí_taó	apple 1
traí_tim	heart 1
traí_vơí	abhorrent 1
traí_xoan	oval 1
traí_xoaì	mango 1
traí_ôỉ	guava 1
traí_đất	earth 0.5	world 0.5
traò	brim 0.25	over 0.25	overflow 0.5
traò_lưu	line 0.5	trend 0.5
traò_phúng	satirical 1
traó_trở	devious 0.5	shifty 0.5
traỉ	lay 0.3333	out 0.1667	spread 0.3333	stretch 0.1667
traỉ_qua	experience 0.5	spend 0.5
traị	barrack 0.5	camp 0.25	farm 0.25
traị_mồ_côi	home 1
traị_trẻ_mồ_côi	orphanage 1
traị_tập_trung	camp 0.5	concentration 0.5
tre	bamboo 1
treo	aside 0.125	hang 0.5	put 0.125	suspend 0.25
treo_giaỉ	offer 0.5	prize 0.5
treò	climb 1
treò_treọ	continually 0.5	screenchingly 0.5
treó_ngoe	opposite 0.5	reversed 0.5
treọ	askew 0.3333	twisted 0.3333	wry 0.3333
tri_giác	perception 1
tri_kỷ	bosom 0.1667	comfidences 0.3333	friend 0.1667	heart 0.3333
tri_thức	knowledge 1
tri_ân	grateful 1
trinh_bạch	virginal 0.5	virtuous 0.5
trinh_nữ	virgin 1
trinh_tiết	chastity 0.5	virginity 0.5
trinidad_và_tobago	tobago 0.5	trinidad 0.5
triêù_châu	chaozhou 1
triêù_cường	high 0.25	king 0.25	tide 0.5
triêù_nghi	court 0.5	ritual 0.5
triêù_thần	courtier 1
triêù_tiên	korea 0.5	north 0.5
triêù_tiên_đaị_hàn	korea 1
triêù_đaị	dynasty 0.5	reign 0.5
triêù_đình	court 1
triêụ	million 1
triêụ_chứng	symptom 1
triêụ_phú	millionaire 1
triêụ_tấn	megaton 1
triêụ_tập	call 0.3333	convoke 0.3333	summon 0.3333
triêụ_tỷ	quadrillion 1
triêụ_tỷ_tỷ	quadrillion 1
triêụ_đồng	dong 0.25	million 0.75
triù_mến	tender 0.5	tenderly 0.5
triết_gia	philosopher 1
triết_học	philosophy 1
triền_miên	interminable 1
triển_khai	carry 0.125	deploy 0.25	implement 0.25	out 0.25	roll 0.125
triển_lãm	exhibit 1
triển_lãm_thế_giơí	exposition 0.5	world 0.5
triển_vọng	promise 0.5	prospect 0.5
triện	seal 0.5	stamp 0.5
triệt_hạ	down 0.1667	eradicate 0.6667	wipe 0.1667
triệt_tiêu	annul 1
triệt_để	thoroughly 1
tro	ash 1
trong	clear 0.1429	for 0.07143	in 0.2143	interior 0.1429	internal 0.1429	pure 0.1429	within 0.1429
trong_khi	meanwhile 0.5	while 0.5
trong_ngươì	about 1
trong_suốt	transparent 1
trong_sáng	bright 0.5	pure 0.5
trong_sạch	clean 1
trong_số	among 0.5	amongst 0.5
trong_vòng	within 1
trong_đó	among 0.1667	including 0.3333	which 0.5
troí	bind 0.5	rope 0.25	tie 0.25
troí_buộc	bind 0.5	setter 0.5
tru_treó	hout 0.5	scream 0.5
trung	chinese 0.25	medium 0.25	mid 0.25	sino 0.25
trung_bình	mean 0.5	overage 0.5
trung_cấp	intermediate 1
trung_cổ	ages 0.5	middle 0.5
trung_du	midland 1
trung_gian	agent 1
trung_hoa	china 1
trung_hoa_dân_quốc	china 0.5	republic 0.5
trung_hoà	neutralize 1
trung_khu	centre 1
trung_lập	neutralist 0.5	neutrality 0.5
trung_niên	middleaged 1
trung_quốc	china 0.5	chinese 0.5
trung_quốc_hoá	sinicization 1
trung_quốc_học	sinology 1
trung_quốc_đaị_lục	china 0.5	mainland 0.5
trung_sĩ	sergeant 1
trung_sơn	zhongshan 1
trung_thu	autumn 0.5	mid 0.5
trung_thành	faithful 0.3333	loyal 0.6667
trung_thành_vơí	abide 1
trung_thực	earnest 0.5	faithful 0.5
trung_tuần	fortnight 0.3333	mid 0.1667	middle 0.3333	month 0.1667
trung_tá	colonel 0.5	lieutenant 0.5
trung_tâm	center 0.2	centre 0.6	headquarters 0.2
trung_tâm_mua_sắm	centre 0.5	shopping 0.5
trung_văn	chinese 1
trung_văn_giản_thể	chinese 0.5	simplified 0.5
trung_á	asia 0.5	central 0.5
trung_âu	central 0.5	europe 0.5
trung_đoàn	regiment 1
trung_đông	east 0.5	middle 0.5
trung_đôị	platoon 1
truy_bác	zibo 1
truy_kích	pursue 1
truy_nguyên	back 0.5	trace 0.5
truy_nã	hunt 1
truy_tố	sue 1
truy_đuôỉ	chase 0.5	pursue 0.5
truyền	communicate 0.5	down 0.1667	hand 0.1667	transmit 0.1667
truyền_bá	propagate 1
truyền_cảm	emotive 0.5	expressive 0.5
truyền_hình	television 0.6667	tv 0.3333
truyền_hình_cáp	cable 0.5	television 0.5
truyền_hình_thực_tế	reality 0.5	television 0.5
truyền_thanh	radio 1
truyền_thuyết	legend 0.5	tradition 0.5
truyền_thống	deep 0.1111	far 0.1111	mountain 0.1111	peak 0.1111	tradition 0.3333	water 0.1111	wells 0.1111
truyền_thụ	impart 0.5	transmit 0.5
truyện	story 0.5	tale 0.5
truyện_cổ_tích	fairy 0.5	tale 0.5
truyện_dân_gian	folktale 1
truyện_ký	cover 0.5	life 0.25	story 0.25
truyện_ngắn	short 0.5	story 0.5
truyện_phim	scenario 1
truân_chuyên	down 0.5	up 0.5
truông	moor 1
truất_phế	depose 0.5	dethrone 0.5
truỵ_lạc	abandoned 0.3333	debauched 0.3333	depraved 0.3333
trà	plant 0.1667	tea 0.8333
trà_nghệ	ceremony 0.5	tea 0.5
trà_sưã_trân_châu	bubble 0.5	tea 0.5
trà_trân_châu	bubble 0.5	tea 0.5
trà_trắng	tea 0.5	white 0.5
trà_xanh	green 0.5	tea 0.5
trà_đaọ	ceremony 0.5	tea 0.5
trà_đen	black 0.5	tea 0.5
tràm	cajuput 1
tràn	flood 0.5	overflow 0.5
tràn_trề	overflow 1
tràng_giang_đaị_haỉ	lengthy 0.5	rambling 0.5
tràng_hạt	beads 0.5	prayer 0.5
trác_tuyệt	eminent 0.25	outstanding 0.5	pre 0.25
trách	blame 0.5	reproach 0.5
trách_mắng	reprimand 0.5	scold 0.5
trách_nhiệm	responsibility 1
trám	cault 0.25	close 0.25	fill 0.25	stop 0.25
trán	forehead 1
tráng	coat 0.5	rinse 0.5
tráng_lệ	magnificent 1
tráng_miệng	dessert 1
tránh	avoid 1
tránh_tiếng	save 0.5	whispers 0.5
tránh_xa	avoid 1
tráp	casket 1
trát	coat 0.3333	plaster 0.3333	warrant 0.3333
trâm	brooch 0.75	hairpin 0.25
trâm_gaì_đâù	brooch 1
trân	brazen 0.5	faced 0.5
trân_châu	pearl 1
trân_trọng	consider 0.5	respect 0.5
trâng_traó	bold 0.5	shameless 0.5
trâu	buffalo 0.75	water 0.25
trâu_bò	cattle 1
trâu_nước	hippopotamus 1
trâu_rừng	buffalo 1
trâù	betel 0.5	cases 0.1667	quid 0.1667	some 0.1667
trâú	husk 0.5	rice 0.5
trâỳ	scraped 0.5	scratched 0.5
trã_bằng_giá	buy 1
trét	caulk 0.3333	daub 0.3333	plaster 0.3333
trên	above 0.25	higher 0.125	on 0.25	over 0.125	superior 0.125	upper 0.125
trên_boong_taù	aboard 1
trên_maý_bay	aboard 1
trên_taù	aboard 1
trên_thiên_đường	above 1
trên_thuyền	aboard 1
trên_toàn_thế_giơí	worldwide 1
trên_xe_lưả	aboard 1
trên_đâù	above 1
trên_đỉnh_đâù	above 1
trêu	nettle 0.5	tease 0.5
trêu_ngươi	provoke 1
trêu_tức	irritate 1
trì_dộn	doltish 0.5	dull 0.25	witted 0.25
trì_hoãn	delay 1
trình	present 0.25	report 0.25	show 0.25	submit 0.25
trình_baó	report 1
trình_chủ	server 1
trình_diễn	perform 1
trình_diện	present 1
trình_duyệt	browser 0.5	web 0.5
trình_tự	order 1
trình_độ	level 0.25	plane 0.25	standard 0.5
trí	mind 1
trí_khôn	intelligence 0.5	wisdom 0.5
trí_lực	mental 0.5	power 0.5
trí_nhớ	memory 1
trí_thức	intelligensia 0.5	science 0.5
trí_tuệ	intelligence 1
trí_óc	brain 0.6667	intellect 0.3333
trích	deduct 0.1667	draw 0.3333	excerpts 0.1667	extract 0.3333
trích_dẫn	quote 1
trò	trick 1
trò_chuyện	chat 0.3333	conversations 0.3333	talk 0.3333
trò_chơi	game 1
trò_chơi_điện_tử	electronic 0.5	game 0.5
trò_chơi_đố	puzzle 1
trò_hề	farce 1
trò_keó_quân	go 0.3333	merry 0.3333	round 0.3333
trò_vui	amusement 0.5	entertainment 0.5
trò_đuà	jest 0.5	joke 0.5
tròm_trèm	about 0.5	approximately 0.5
tròn	circular 0.125	complete 0.25	full 0.125	round 0.5
tròn_triạ	plump 0.5	round 0.5
tròn_vo	perfectly 0.5	round 0.5
tròng_trành	rock 1
tróc	come 0.25	off 0.5	scale 0.25
trót_lọt	smoothly 1
trôi	along 0.1111	drift 0.3333	elapse 0.3333	float 0.1111	pass 0.1111
trôi_chaỷ	fluent 0.5	going 0.25	smooth 0.25
trôi_dạt_lục_điạ	continental 0.5	drift 0.5
trôi_giạt	drift 1
trôi_qua	elapse 1
trông	after 0.1667	face 0.1667	look 0.3333	mind 0.1667	open 0.1667
trông_chờ	expect 1
trông_coi	after 0.25	eye 0.25	keep 0.25	look 0.25
trông_câỵ	depend 0.5	rely 0.5
trông_ngóng	forward 0.25	look 0.25	wait 0.5
trôì	emerge 0.5	go 0.25	up 0.25
trôĩ_dâỵ	flare 0.25	rise 0.25	up 0.5
trôị	dominant 0.25	dominate 0.25	surpass 0.5
trù_bị	prepare 1
trù_chân	retreat 0.5	shalter 0.5
trù_trừ	hesitate 1
trù_tính	intend 0.5	plan 0.5
trùm	chieftain 0.25	cover 0.25	magnate 0.25	put 0.25
trùm_tư_bản	tycoon 1
trùng_dương	ocean 1
trùng_hợp	coincide 1
trùng_khánh	chongqing 1
trùng_lập	coincisive 0.5	identical 0.5
trùng_tu	restore 1
trú_ngụ	reside 1
trú_ẩn	shalter 1
trúc_đaò	oleander 1
trúng	catch 0.1667	gain 0.3333	hit 0.3333	win 0.1667
trúng_cử	elected 1
trúng_số	lottery 0.5	win 0.5
trúng_tuyển	chosen 0.5	selected 0.5
trúng_tủ	hit 1
trút	pour 0.75	set 0.25
trăm	hundred 1
trăm_nghìn	hundred 0.5	thousand 0.5
trăm_triêụ	hundred 0.5	million 0.5
trăn	python 1
trăn_trở	ponder 0.5	toss 0.5
trăng	moon 1
trăng_gió	flirtation 1
trĩ	hemorrhoid 1
trũng	depressed 0.3333	hollow 0.3333	sunken 0.3333
trơ	brazen 0.1667	faced 0.1667	inert 0.1667	shameless 0.5
trơ_traó	boldfaced 0.5	impudent 0.5
trơ_troị	lonely 0.5	solitary 0.5
trơ_truị	denuded 0.5	nude 0.5
trơn	plain 0.3333	slippery 0.3333	smooth 0.3333
trơn_tru	smooth 0.5	smoothly 0.5
trơì	good 0.1	goodness 0.2	heaven 0.3	sky 0.3	weather 0.1
trơì_mưa	rainy 1
trơì_mưa_như_trút	cats 0.3333	dogs 0.3333	rain 0.3333
trơì_đang_mưa	it's 0.5	raining 0.5
trơì_ơi	blast 0.04762	god 0.07143	god's 0.07143	mischievous 0.1429	no 0.1429	oh 0.119	please 0.1429	rascal 0.1429	sake 0.07143	untolerable 0.04762
trưa	day 0.3333	midday 0.3333	noon 0.3333
trưng_baỳ	display 0.6667	show 0.3333
trưng_câù_dân_ý	referendum 1
trưng_dụng	requisition 1
trưng_thu	confiscate 1
trưù_tượng	abstract 1
trương	bloated 0.125	set 0.125	swell 0.25	unfurl 0.125	up 0.125	zhang 0.25
trước	ahead 0.05556	before 0.2778	by 0.1111	first 0.1667	former 0.2222	hand 0.05556	last 0.05556	past 0.05556
trước_khi	before 1
trước_mặt	front 1
trước_nhất	above 0.25	all 0.25	firstly 0.5
trước_đây	before 0.6667	formerly 0.3333
trước_đó	earlier 0.5	previously 0.5
trườn	crawl 0.6667	creep 0.3333
trường	field 0.125	ground 0.25	long 0.25	school 0.375
trường_ca	epic 1
trường_công	public 0.5	school 0.5
trường_giang	yangtze 1
trường_học	school 0.75	schools 0.25
trường_hợp	case 0.5	circumstance 0.5
trường_hợp_kiểm_thử	case 0.5	test 0.5
trường_kỷ	coach 1
trường_phaí	school 1
trường_sa	changsha 1
trường_thọ	lived 0.5	long 0.5
trường_vector	field 0.5	vector 0.5
trường_xuân	changchun 1
trường_đaị_học	school 0.5	university 0.5
trường_đua	course 0.25	race 0.5	track 0.25
trường_đua_ngưạ	hippodrome 1
trưởng	chief 0.25	eldest 0.25	head 0.25	leader 0.25
trưởng_ban	head 1
trưởng_ga	master 0.5	station 0.5
trưởng_khoa	dean 1
trưởng_phòng	chief 0.25	division 0.25	head 0.25	manager 0.25
trưởng_thành	grow 0.5	mature 0.3333	up 0.1667
trưởng_tu_viện	abbatial 0.5	abbot 0.5
trượt	fail 0.125	miss 0.5	skid 0.125	slip 0.25
trượt_băng_nghệ_thuật	figure 0.5	skating 0.5
trượt_tuyết	ski 1
trạc	about 0.3333	around 0.3333	basket 0.3333
trạc_tuôỉ	age 1
trạm	space 0.1667	station 0.6667	stop 0.1667
trạm_cưú_hoả	fire 0.5	station 0.5
trạm_không_gian	space 0.5	station 0.5
trạm_lâý_xăng	gas 0.5	station 0.5
trạm_phát_điện	power 0.5	station 0.5
trạm_xăng	gas 0.5	station 0.5
trạm_y_tế	clinic 0.5	health 0.25	station 0.25
trạng_thaí	light 0.5	state 0.5
trạng_thaí_nguyên_thuỷ	nature 1
trạng_từ	adverb 1
trả	back 0.1667	pay 0.5	return 0.3333
trả_hàng	sham 0.5	surrender 0.5
trả_lơì	answer 0.5	reply 0.5
trả_thù	revenge 1
trả_đuã	retaliate 1
trảm	behead 1
trấn_an	assure 0.5	calm 0.25	down 0.25
trấn_giang	zhenjiang 1
trấn_giữ	defend 0.5	keep 0.5
trấn_tĩnh	calm 0.5	keep 0.5
trấn_áp	down 0.25	put 0.25	suppress 0.5
trầm	bass 0.25	deep 0.5	low 0.25
trầm_hương	agarwood 0.5	aloe 0.25	wood 0.25
trầm_mặc	taciturn 1
trầm_trọng	serious 1
trầm_tích_phù_sa	alluvium 1
trầm_tích_sông	alluvium 1
trần	bare 0.2	ceiling 0.4	naked 0.1	nude 0.2	plain 0.1
trần_gian	earth 0.5	world 0.5
trần_nhà	ceiling 1
trần_truị	bare 0.5	clear 0.5
trần_truồng	naked 0.3333	nude 0.6667
trần_tình	account 0.5	clear 0.5
trận	battle 0.5	fight 0.5
trận_tuyến	firing 0.25	front 0.25	line 0.5
trận_điạ	battlefield 1
trận_đánh	battle 1
trập_trùng	rolling 1
trật	fail 0.5	miss 0.5
trật_tự	order 1
trắc	kingwood 0.5	rosewood 0.5
trắc_bá_diệp	thuja 1
trắc_lai	burmese 0.5	rosewood 0.5
trắc_nghiệm	test 1
trắc_điạ_học	geodesy 1
trắng	clear 0.25	white 0.75
trắng_bạch	all 0.5	white 0.5
trắng_dã	pale 0.5	white 0.5
trắng_ngà	ivory 0.5	white 0.5
trắng_ngần	snow 0.5	white 0.5
trắng_tay	cleared 0.1667	out 0.1667	penniless 0.3333	penny 0.1667	without 0.1667
trắng_toát	all 0.3333	over 0.3333	white 0.3333
trắng_trợn	obviously 1
trắng_đục	milky 0.5	opalescent 0.5
trặc	sprain 1
trẻ	children 0.3333	young 0.6667
trẻ_bơ_vơ	waif 1
trẻ_bị_bỏ_rơi	waif 1
trẻ_con	child 0.5	childish 0.5
trẻ_nhất	youngest 1
trẻ_sinh_đôi	twin 1
trẻ_sơ_sinh	infant 1
trẻ_trung	youthful 1
trẻ_tuôỉ	young 1
trể	late 0.5	pout 0.5
trễ	late 0.3333	sagg 0.3333	tardy 0.3333
trễ_naỉ	sluggish 0.5	tardy 0.5
trệt	groundfloor 1
trị	chastise 0.1667	cure 0.1667	quell 0.1667	suppress 0.1667	treat 0.3333
trị_giá	cost 0.5	estimate 0.1667	value 0.3333
trị_sự	manage 1
trị_tôị	punish 1
trị_vì	reign 0.5	rule 0.5
trịch_thượng	condescending 0.5	condescent 0.5
trịnh_châu	zhengzhou 1
trịnh_trọng	formal 0.5	solemn 0.5
trọc	bald 0.5	leare 0.25	shaven 0.25
trọn	all 0.25	completely 0.25	entirely 0.25	fully 0.25
trọng	esteem 0.25	high 0.25	hold 0.25	think 0.25
trọng_lưc	gravity 1
trọng_lượng	weight 1
trọng_lực	gravity 1
trọng_taì	arbitrator 0.25	referee 0.5	umpire 0.25
trọng_taỉ	capacity 0.3333	load 0.3333	tonnage 0.3333
trọng_thưởng	generously 0.5	reward 0.5
trọng_yêú	essential 1
trọng_âm	sound 0.5	stressed 0.5
trọng_đaị	important 1
trọng_điểm	key 0.5	main 0.25	point 0.25
trỏ	indicate 0.5	point 0.5
trốn	away 0.08333	duck 0.25	evade 0.08333	hide 0.25	run 0.08333	shirk 0.25
trống	cock 0.1429	drum 0.2857	empty 0.07143	male 0.07143	tomtom 0.1429	unoccupied 0.1429	vacant 0.1429
trống_canh	night 0.5	watch 0.5
trống_cơm	arrival 0.3333	cylindrical 0.1667	drum 0.1667	low 0.1667	now 0.1667
trống_không	empty 0.5	unaddressed 0.5
trống_lục_lạc	tambourine 1
trống_prôvăng	tambourine 1
trống_traỉ	desolate 0.1667	empty 0.3333	exposed 0.3333	spacious 0.1667
trống_định_âm	timpani 1
trồng	cultivate 0.3333	grow 0.3333	plant 0.3333
trồng_cây	plant 0.25	planting 0.25	tree 0.25	trees 0.25
trổ	burst 0.3333	display 0.3333	open 0.1667	show 0.1667
trộm	burgle 0.3333	sneak 0.3333	steal 0.3333
trộm_nghĩ	assume 0.5	suppose 0.5
trộn	blend 0.25	down 0.08333	milkshake 0.25	mix 0.25	turn 0.08333	upside 0.08333
trớ_trêu	whimsical 1
trớn	impetus 0.1667	momentum 0.3333	situation 0.1667	tendency 0.3333
trớt	pouting 1
trở	change 0.3333	let 0.3333	turn 0.3333
trở_giọng	change 0.5	tune 0.5
trở_gót	back 0.25	retrace 0.5	turn 0.25
trở_laị	back 0.25	come 0.25	return 0.5
trở_laị_phiá_sau	aback 1
trở_mặt	change 1
trở_ngaị	hinder 0.2	hindrance 0.2	obstacle 0.2	obstruct 0.2	obstruction 0.2
trở_nên	become 0.5	come 0.25	turn 0.25
trở_thành	become 0.5	come 0.5
trở_về	back 0.75	come 0.25
trở_xuống	downwards 1
trợ_cấp	relief 0.25	subsidize 0.5	supply 0.25
trợ_giúp	assist 0.5	help 0.5
trợ_lý	assistant 1
trợ_thủ	assistant 0.3333	helper 0.3333	supporter 0.3333
trợ_tế	deacon 1
trợ_động_từ	auxiliary 0.5	verb 0.5
trợn	glower 1
trợt	off 0.1667	scrape 0.1667	slip 0.3333	slippery 0.3333
trụ	pier 0.3333	pillar 0.3333	post 0.3333
trụ_băng	icicle 1
trụ_chưã_chaý	fire 0.5	hydrant 0.5
trụ_cưú_hoả	fire 0.5	hydrant 0.5
trụ_sinh	antibiotic 1
trụ_sở	headquarters 1
trục	axis 0.25	axle 0.25	lift 0.5
trục_trặc	broken 0.25	down 0.25	hitch 0.5
trục_xuất	drive 0.25	expel 0.5	out 0.25
trứ_danh	famed 0.5	renowned 0.5
trứng	egg 0.5	ovum 0.5
trứng_bách_thaỏ	century 0.5	egg 0.5
trứng_châý	nit 1
trứng_cá	acne 0.5	comedo 0.5
trứng_nước	budding 1
trứng_phục_sinh	easter 0.5	egg 0.5
trứng_rận	nit 1
trừ	discount 0.2	eliminate 0.2	except 0.4	liquidate 0.1	subtract 0.1
trừ_diệt	exterminate 0.5	extirpate 0.5
trừ_khử	extirpate 1
trừ_tiệt	eradicate 1
trừng	glare 0.5	glower 0.5
trừng_phạt	punish 1
trừng_trị	chastise 0.5	punish 0.5
trữ	store 1
trữ_tình	lyric 0.5	lyrical 0.5
trực	duty 1
trực_giao	orthogonal 1
trực_giác	intuition 1
trực_khuẩn	bacillus 1
trực_quan	visual 1
trực_thăng	helicopter 1
trực_tiếp	direct 1
trực_tràng	rectum 1
trực_tuyến	online 1
tsu	tsu 1
tt	circular 1
ttg	minister 0.5	prime 0.5
tu	city 0.3333	committee 0.3333	party 0.3333
tu_dưỡng	improve 0.5	sefl 0.5
tu_huýt	whistle 1
tu_hú	koel 1
tu_mi	hair 0.5	mustache 0.5
tu_sĩ	monk 1
tu_sưả	mend 0.5	repair 0.5
tu_thân	improve 0.5	self 0.5
tu_từ	rehetorical 0.5	stylistic 0.5
tu_viện	abbey 0.4	ashram 0.2	monastery 0.4
tua	antenne 0.3333	feeler 0.1667	fringe 0.3333	tassel 0.1667
tua_rua	pleiades 1
tui	i 1
tuli	thulium 1
tum_húp	bloated 0.5	swollen 0.5
tun_hút	very 1
tung	toss 1
tung_hứng	juggling 1
tung_toé	all 0.25	around 0.25	splashingly 0.5
tung_tích	trace 0.5	whereabouts 0.5
tung_độ	ordinate 1
tunisia	tunisia 1
turkmenistan	turkmenistan 1
tuy	though 1
tuy_nhiên	but 0.25	however 0.5	yet 0.25
tuy_phân_hà	suifenhe 1
tuy_rằng	although 0.5	despite 0.5
tuy_thế	nevertheless 1
tuyên_bố	declare 0.5	state 0.5
tuyên_bố_bỏ	abjure 1
tuyên_dương	cite 0.5	commend 0.5
tuyên_ngôn	declaration 0.5	proclamation 0.5
tuyên_truyền	communication 0.25	propaganda 0.25	propagate 0.25	publicize 0.25
tuyến	gland 0.6667	lane 0.1667	line 0.1667
tuyến_tiền_liệt	prostate 1
tuyến_đường	road 0.5	route 0.5
tuyết	nap 0.25	snow 0.75
tuyền_châu	quanzhou 1
tuyền_đaì	hades 0.5	hell 0.5
tuyển	choose 0.5	select 0.5
tuyển_dụng	recruit 0.5	select 0.5
tuyển_mộ	recruit 1
tuyển_thủ_bơi_lôị	swimmer 1
tuyển_tập	analects 1
tuyệt	excellent 0.2	good 0.2	great 0.4	mighty 0.2
tuyệt_chủng	exlinct 1
tuyệt_cú_meò	awesome 1
tuyệt_diêụ	admirable 0.5	wonderful 0.5
tuyệt_luân	paranormal 0.5	supernormal 0.5
tuyệt_tác	masterpiece 1
tuyệt_tích	leave 0.25	trace 0.25	vanish 0.5
tuyệt_vui	frabjous 1
tuyệt_vơì	awesome 0.25	excellent 0.5	splendid 0.25
tuyệt_vọng	despair 0.25	desperate 0.5	hopeless 0.25
tuyệt_đôí	absolute 1
tuá	flock 0.25	out 0.25	separate 0.5
tuân_lệnh	comply 0.5	obey 0.5
tuân_theo	abide 0.3333	by 0.3333	listen 0.3333
tuân_thủ	abide 0.5	keep 0.5
tuí	bag 0.75	pocket 0.25
tuí_cao_su	condom 1
tuí_ngủ	bag 0.5	sleeping 0.5
tuí_tham	greediness 1
tuí_xách_tay	handbag 1
tuôn	out 0.25	spurt 0.5	throw 0.25
tuôỉ	age 0.625	old 0.25	year 0.125
tuôỉ_thơ	childhood 1
tuôỉ_thọ	age 0.5	life 0.5
tuôỉ_trẻ	youth 1
tuấn_kiệt	talent 1
tuấn_tú	handsome 0.5	intelligent 0.5
tuần	week 1
tuần_baó	magazine 0.5	weekly 0.5
tuần_dương_hạm	cruiser 1
tuần_hành	march 0.5	parade 0.5
tuần_lễ	week 1
tuần_lộc	reindeer 1
tuần_tra	go 0.5	patrol 0.5
tuần_trăng_mật	honeymoon 1
tuỉ_thân	feel 0.3333	pity 0.3333	self 0.3333
tuốt	draw 0.1667	off 0.4167	pluck 0.25	pull 0.1667
tuồng	battlefields 0.0303	classical 0.04545	dao 0.0303	dawn 0.09091	drama 0.04545	hills 0.09091	horse 0.0303	kind 0.09091	nu 0.0303	phi 0.0303	phung 0.0303	plays 0.04545	riding 0.0303	rivers 0.09091	royal 0.04545	sort 0.09091	tam 0.0303	twilight 0.09091	vuong 0.0303
tuồng_như	appears 0.5	seems 0.5
tuộc_vít	screwdriver 1
tuột	away 0.125	come 0.08333	directly 0.25	out 0.08333	slip 0.08333	straight 0.375
tuỳ	accordance 0.2	according 0.2	depend 0.2	depends 0.2	it's 0.1	up 0.1
tuỳ_bút	essay 1
tuỳ_theo	according 1
tuỳ_thân	personal 1
tuỳ_thích	wishes 1
tuỳ_tùng	accompaniment 0.5	escort 0.5
tuỳ_viên	attacher 1
tuỵ	pancreas 1
tuỷ	marrow 1
tuỷ_sống	cord 0.5	spinal 0.5
tuỷ_xương	bone 0.5	marrow 0.5
tv	television 0.5	tv 0.5
tw	central 1
ty	service 1
tà	decline 0.5	evil 0.25	spirit 0.25
tà_dâm	inlecent 0.5	obscene 0.5
tà_dương	sundown 0.5	sunset 0.5
tà_khí	miasma 1
tà_ma	evil 0.5	spirits 0.5
tà_thuyết	heterodoxy 1
tà_thuật	hocus 0.25	pocus 0.25	voodoo 0.5
tà_tâm	evil 0.25	ill 0.25	intention 0.25	will 0.25
tà_vẹt	sleeper 1
tàm_tạm	so 1
tàn	ash 0.05556	crumble 0.1667	decay 0.1667	draw 0.08333	dying 0.1667	end 0.08333	parasol 0.05556	processional 0.05556	waning 0.1667
tàn_baọ	cruel 0.5	fiendish 0.5
tàn_binh	defeated 0.25	remains 0.5	troops 0.25
tàn_dư	vestige 1
tàn_haị	devastate 1
tàn_hương	freckles 1
tàn_khốc	destructive 0.5	devastating 0.5
tàn_luị	become 0.1667	doued 0.1667	up 0.1667	wither 0.5
tàn_nhẫn	heartless 0.5	ruthless 0.5
tàn_phá	consume 0.3333	devastate 0.3333	ravage 0.3333
tàn_phế	dissable 0.5	invalid 0.5
tàn_sát	massacre 0.25	murder 0.5	slaughter 0.25
tàn_tích	vestiges 1
tàn_tạ	go 0.25	seed 0.25	up 0.25	wither 0.25
tàn_tật	crippled 1
tàn_tệ	ungrateful 0.5	withless 0.5
tàn_ác	ruthless 0.5	wicked 0.5
tàng_hình	disappear 0.5	hide 0.5
tàng_trữ	keep 0.5	store 0.5
tàng_tàng	mad 0.3333	slightly 0.3333	tipsy 0.3333
tá	dozen 1
tá_dược	excipient 1
tá_lý	ministry 0.3333	minor 0.3333	official 0.3333
tá_tràng	duodenum 1
tá_điền	farmer 0.25	tenant 0.75
tác_dụng	action 0.5	effect 0.5
tác_dụng_có_haị	adverse 0.5	effect 0.5
tác_giả	author 1
tác_haị	damage 0.5	harm 0.5
tác_loạn	cause 0.5	disorder 0.25	disturbances 0.25
tác_nhân	agent 1
tác_phong	manners 0.5	style 0.25	work 0.25
tác_phúc	bestow 0.25	faverurs 0.25	good 0.5
tác_phẩm	piece 0.5	work 0.5
tác_quaí	behave 0.5	perversely 0.5
tác_thành	aim 0.5	support 0.5
tác_động	act 0.3333	effect 0.3333	influence 0.3333
tách	crack 0.1	cup 0.4	light 0.1	separate 0.2	split 0.2
tách_bạch	clear 0.5	cut 0.5
tám	eight 1
tám_giờ	eight 0.5	o'clock 0.5
tám_mươi	eighty 1
tám_mươi_chín	eighty 0.5	nine 0.5
tám_mươi_tám	eight 0.5	eighty 0.5
tán	chat 0.25	crush 0.25	grind 0.125	halo 0.25	wheedle 0.125
tán_loạn	helter 0.5	skelter 0.5
tán_thành	agree 0.3333	approve 0.3333	second 0.3333
tán_thưởng	appreciate 1
tán_tỉnh	court 0.25	flirt 0.5	wheedle 0.25
tán_tỉnh_ai	love 1
tán_tụng	praise 0.5	sing 0.5
tán_đèn	lampshade 1
táp	lap 0.5	snap 0.5
tâm	heart 1
tâm_can	heart 0.5	intermost 0.5
tâm_giao	intimate 1
tâm_hồn	soul 1
tâm_linh	spirit 0.5	spyche 0.5
tâm_lý	memntal 0.25	process 0.25	psychology 0.5
tâm_lý_học	psychology 1
tâm_lý_trị_liêụ	psychotherapy 1
tâm_naõ	psyche 1
tâm_nhĩ	auriche 1
tâm_phúc	reliable 1
tâm_sự	confidence 1
tâm_thành	sincerity 1
tâm_thất	ventricle 1
tâm_thần	mental 0.5	mind 0.5
tâm_trí	heart 0.5	mind 0.5
tâm_trạng	mood 1
tâm_tình	confidence 0.5	feelings 0.5
tâm_tính	character 0.5	personal 0.5
tâm_tư	feelings 0.5	innermost 0.5
tâm_điạ	mind 1
tâm_đâù_ý_hiệp	click 1
tâm_đâù_ý_hợp	click 1
tâm_đắc	favourite 0.3333	fully 0.1667	sympathize 0.1667	thoroughly 0.1667	understand 0.1667
tân_binh	new 0.5	recruit 0.25	soldier 0.25
tân_cương	xinjiang 1
tân_cử	elect 1
tân_hôn	marriage 0.5	nuptial 0.5
tân_khách	guests 1
tân_kỳ	fangled 0.5	new 0.5
tân_lang	man 0.25	married 0.25	newly 0.5
tân_ngữ	object 1
tân_thơì	fashionable 0.5	mordern 0.5
tân_thế_giơí	new 0.5	world 0.5
tân_tiến	trendy 1
tân_traò	movement 0.25	new 0.5	trend 0.25
tân_trúc	hsinchu 1
tân_tây_lan	new 0.5	zealand 0.5
tân_xuân	early 0.5	spring 0.5
tân_ước	new 0.5	testament 0.5
tâng_bốc	appraise 0.5	extol 0.25	skies 0.25
tây	french 0.25	personal 0.125	private 0.25	west 0.25	western 0.125
tây_an	xi'an 1
tây_ban_nha	spanish 1
tây_ban_nha_西班牙	spain 1
tây_bengal	bengal 0.5	west 0.5
tây_bá_lơị_á	siberia 1
tây_bán_câù	hemisphere 0.5	western 0.5
tây_bắc	ago 0.07143	best 0.04762	chatting 0.1429	dressed 0.04762	groups 0.07143	however 0.1429	informal 0.07143	long 0.07143	maize 0.1429	north 0.07143	west 0.07143	youngsters 0.04762
tây_cung	gynaeceum 0.25	palace 0.25	royal 0.25	west 0.25
tây_học	study 0.5	western 0.5
tây_ninh	xining 1
tây_phương	western 1
tây_sa_quần_đaỏ	islands 0.5	paracel 0.5
tây_tạng	tibet 1
tây_âu	europe 0.5	western 0.5
tâú	address 0.3333	tale 0.3333	tell 0.3333
tâụ	buy 0.5	purchase 0.5
tâủ	away 0.1667	flee 0.5	hide 0.1667	run 0.1667
tâủ_câủ	dog 0.5	running 0.5
tâủ_mã	galloping 1
tâủ_pháp	fugue 1
tâủ_thoát	away 0.25	flee 0.5	run 0.25
tâủ_tán	disperse 0.5	hide 0.5
tâỷ	boycott 0.1	india 0.1	off 0.1	out 0.2	purge 0.1	rub 0.1	rubber 0.1	wipe 0.2
tâỷ_chay	boycott 1
tâỷ_naõ	brain 0.5	wash 0.5
tâỷ_sạch	empty 1
tâỷ_trống	empty 1
tâỷ_trừ	out 0.25	uproot 0.5	wipe 0.25
tã	diaper 0.3333	napkin 0.3333	nappy 0.3333
tè	wee 1
té	fall 0.6667	fell 0.1667	over 0.1667
té_ra	out 0.5	turn 0.5
tém	arrange 0.5	tidy 0.25	up 0.25
tép	sized 0.25	small 0.25	tiny 0.5
tét	cut 0.5	split 0.5
tê	insensible 0.25	numbed 0.25	stiff 0.25	tee 0.25
tê_baị	paralyse 1
tê_giác	rhinoceros 1
tê_mê	dead 0.5	world 0.5
tê_thấp	rheumatism 1
tê_tê	pangolin 1
têm	quid 1
tên	arrow 0.1111	bloke 0.3333	chap 0.1111	name 0.4444
tên_anh_là_gì	name 0.5	what 0.25	what's 0.25
tên_bà_là_gì	name 0.5	what 0.25	what's 0.25
tên_bạn_là_gì	name 0.5	what 0.25	what's 0.25
tên_chị_là_gì	name 0.5	what 0.25	what's 0.25
tên_cuả_tôi_là	name 1
tên_em_là_gì	name 0.5	what 0.25	what's 0.25
tên_goị	name 1
tên_hiêụ	nickname 1
tên_họ	surname 1
tên_khủng_bố	terrorist 1
tên_lưả	missile 0.6667	rocket 0.3333
tên_maỳ_là_gì	name 0.5	what 0.25	what's 0.25
tên_miền	domain 0.75	name 0.25
tên_miền_không_gian	domain 1
tên_thánh	christian 0.25	first 0.125	forename 0.25	name 0.375
tên_thơì_con_gaí	maiden 0.5	name 0.5
tên_tục	birth 0.5	name 0.5
tên_ông_là_gì	name 0.5	what 0.25	what's 0.25
tênh	revy 1
têú	brained 0.1667	hare 0.1667	joculous 0.3333	rash 0.3333
tì	against 0.125	defect 0.25	flaw 0.25	press 0.125	rest 0.25
tì_mẩn	niggling 1
tì_vết	defect 0.5	flaw 0.5
tìm	find 0.2857	look 0.2857	search 0.1429	seek 0.2857
tìm_hiêủ	court 0.3333	search 0.3333	survery 0.3333
tìm_kiếm	look 0.3333	search 0.3333	seek 0.3333
tình	affection 0.1	love 0.2	lovely 0.2	lovingly 0.2	plight 0.2	situation 0.1
tình_aí	erotic 1
tình_bạn	friendship 1
tình_ca	love 0.5	song 0.5
tình_cảm	affection 0.5	sentiment 0.5
tình_cờ_gặp	light 1
tình_dục	erotic 0.5	sexuality 0.5
tình_dục_hâụ_môn	anal 0.5	sex 0.5
tình_dục_học	sexology 1
tình_dục_đường_miệng	oral 0.5	sex 0.5
tình_hình	situation 1
tình_nguyện	volunteer 1
tình_nhân	lover 1
tình_thật	truth 1
tình_thế	situation 1
tình_tiết	detail 0.5	episode 0.25	particular 0.25
tình_trạng	condition 0.3333	situation 0.3333	state 0.3333
tình_trạng_khuyết	abeyance 1
tình_trạng_trống	abeyance 1
tình_yêu	love 0.6667	passion 0.3333
tình_yêu_đâù_tiên	first 0.5	love 0.5
tình_yêu_đơn_phương	love 0.5	unrequited 0.5
tình_ý	intention 1
tình_đơn_phương	love 0.5	unrequited 0.5
tí_chút	bit 0.5	little 0.5
tí_hon	tiny 1
tí_nưã	short 0.5	while 0.5
tí_teo	jot 0.5	little 0.5
tí_teọ	jot 1
tí_ti	tiny 1
tí_tách	dripping 1
tí_tị	little 1
tí_xiú	little 1
tích	accumulate 0.5	store 0.25	up 0.25
tích_cực	active 0.3333	constructive 0.3333	positive 0.1667	zealous 0.1667
tích_lan	ceylon 1
tích_phân	integral 1
tích_trữ	hoard 0.5	store 0.25	up 0.25
tím	violet 1
tín_dương	xinyang 1
tín_dụng	credit 1
tín_hiêụ	sign 0.3333	signal 0.6667
tín_ngưỡng	faith 1
tín_nhiệm	trust 1
tín_phiêú	bond 0.5	securities 0.5
tính	calculate 0.2	dioposition 0.1	habit 0.06667	nature 0.2	property 0.06667	quality 0.06667	temper 0.2	trait 0.1
tính_chất	nature 0.5	property 0.5
tính_cách	character 0.3333	personality 0.3333	trait 0.3333
tính_câủ_thả	negligence 1
tính_giao	coitus 0.5	intercourse 0.25	sexual 0.25
tính_giản_dị	chastity 1
tính_khí	mood 0.5	temper 0.5
tính_nết	nature 1
tính_sai	aberration 1
tính_thường_xuyên	frequency 1
tính_toán	calculate 0.5	count 0.5
tính_trạng_điên	insanity 1
tính_từ	adjective 1
tính_đàn_ông	masculine 1
tít	heading 0.5	title 0.5
tít_mù	away 0.25	far 0.5	remote 0.25
tò_mò	curious 0.5	inquisitive 0.5
tò_vò	arch 0.1667	bee 0.4167	mason 0.25	wall 0.1667
tòn_tèn	dangle 0.5	hang 0.25	loosely 0.25
tòng_phạm	accomplice 1
tòng_quân	enlist 0.5	join 0.25	up 0.25
tóc	hair 1
tóc_mai	sideburns 0.5	sidewhiskers 0.5
tóc_tơ	conjugal 0.5	love 0.5
tóc_xoắn	corkscrew 1
tóm	catch 0.5	nab 0.5
tóm_laị	brief 0.5	short 0.5
tóm_tắt	abbreviate 0.3333	abbreviation 0.3333	summarize 0.3333
tóp_mỡ	pork 0.5	rind 0.5
tóp_tép	munchingly 1
tô	apply 0.125	bowl 0.25	colour 0.375	trace 0.25
tô_châu	suzhou 1
tô_vẽ	embroider 1
tô_điểm	adorn 0.3333	embellish 0.3333	up 0.3333
tôi	i 0.25	i'm 0.125	me 0.1875	my 0.125	self 0.04167	servant 0.04167	slake 0.125	subject 0.04167	temper 0.0625
tôi_bị_bệnh	i'm 0.5	sick 0.5
tôi_có	i've 1
tôi_cũng_thế	me 0.5	too 0.5
tôi_cũng_vâỵ	me 0.5	too 0.5
tôi_cần	need 1
tôi_cần_bác_sĩ	doctor 0.5	need 0.5
tôi_khoẻ	fine 0.5	i'm 0.5
tôi_không_biết	don't 0.5	know 0.5
tôi_không_có_tiền	money 1
tôi_không_hiêủ	don't 0.5	understand 0.5
tôi_không_mộ_đaọ	i'm 0.5	religious 0.5
tôi_không_nghĩ_vâỵ	don't 0.5	think 0.5
tôi_không_tôn_giaó	i'm 0.5	religious 0.5
tôi_là	i'm 1
tôi_là_ngươì_anh	english 1
tôi_là_ngươì_hôì	i'm 0.5	muslim 0.5
tôi_mù	blind 0.5	i'm 0.5
tôi_mệt	i'm 0.5	tired 0.5
tôi_sống_ở_melbourne	live 0.5	melbourne 0.5
tôi_sợ	i'm 0.5	scared 0.5
tôi_tên_là	name 1
tôi_tư_duy	therefore 0.5	think 0.5
tôi_tớ	subject 0.5	subordinate 0.5
tôi_yêu_em	love 1
tôi_đang_khát	drink 0.25	i'm 0.25	need 0.25	thirsty 0.25
tôi_đoí	hungry 0.5	i'm 0.5
tôi_đui_mù	blind 0.5	i'm 0.5
tôi_độc_thân	i'm 0.5	single 0.5
tôi_ở_melbourne	live 0.5	melbourne 0.5
tôm	prawn 0.3333	shrimp 0.6667
tôm_he	prawn 1
tôm_hùm	lobster 1
tôm_đồng	crayfish 1
tôma	thomas 1
tôn	tole 1
tôn_chỉ	guideline 0.5	principle 0.5
tôn_giaó	catholicism 0.1667	islam 0.1667	protestantism 0.1667	religion 0.3333	religious 0.1667
tôn_nghiêm	solemn 1
tôn_sùng	venerate 1
tôn_ti	hierarchy 1
tôn_trọng	abide 0.5	respect 0.5
tông_phaí	sect 1
tông_tích	origin 1
tôì	bad 0.3333	mediocre 0.3333	poor 0.3333
tôì_tệ	bad 0.5	mean 0.5
tôí	black 0.1	dark 0.15	dense 0.1	dull 0.05	est 0.1	evening 0.1	extremely 0.1	most 0.1	night 0.2
tôí_cao	supreme 1
tôí_hâụ_thư	ultimatum 1
tôí_mịt	completely 0.5	dark 0.5
tôí_nghiã	obscure 1
tôí_thiêủ	minimum 1
tôí_tân	ultramodern 1
tôí_tăm	black 1
tôí_đa	maximum 1
tôị	crime 0.25	guilt 0.25	offence 0.25	sin 0.25
tôị_giết_ngươì	manslaughter 1
tôị_lôĩ	sin 1
tôị_ngộ_sát	manslaughter 1
tôị_nhân	sinner 1
tôị_phạm	crime 0.3333	criminal 0.6667
tôị_phạm_học	criminology 1
tôị_vạ	fault 0.5	offence 0.5
tôị_ác	crime 1
tôị_ác_chiến_tranh	crime 0.5	war 0.5
tôị_ám_sát	murder 1
tõm	ploppingly 1
tù	obtuse 0.5	stagnant 0.5
tù_binh	prisoner 0.5	war 0.5
tù_hãm	confined 1
tù_nhân_chính_trị	political 0.5	prisoner 0.5
tù_túng	cramped 1
tù_và	horn 1
tùm	plop 1
tùng_bách	conifers 1
tùng_tiệm	economic 0.5	thrifty 0.5
túc_câù	football 1
túc_hạ	thou 1
túc_trực	sit 1
túm	bundle 0.1667	grab 0.3333	nab 0.1667	snatch 0.3333
túng_quẫn	broken 0.5	needy 0.5
túng_thế	needy 1
tăm	bubble 0.1667	toothpick 0.6667	trace 0.1667
tăm_hơi	news 1
tăm_tích	trace 1
tăm_xiả_răng	toothpick 1
tăng	buddhist 0.05556	increase 0.5	monk 0.05556	rise 0.1667	tank 0.05556	up 0.1667
tăng_cường	enhance 0.25	increase 0.25	strengthen 0.5
tăng_lữ	clergy 1
tăng_ni	buddhist 0.3333	monks 0.3333	nuns 0.3333
tăng_trưởng	grow 0.5	growth 0.5
tĩnh_dưỡng	recuperate 1
tĩnh_học	statics 1
tĩnh_mạch	vein 1
tĩnh_taị	stationary 1
tĩnh_toạ	meditate 1
tũm	plop 1
tơ	cord 0.125	silk 0.375	teenage 0.25	young 0.25
tơ_hồng	dodder 0.3333	marriage 0.3333	tie 0.3333
tơ_tưởng	day 0.3333	dream 0.3333	long 0.3333
tơi_bơì	down 0.3333	pieces 0.3333	up 0.3333
tơí	arrive 0.3333	come 0.3333	reach 0.3333
tơí_lui	back 0.25	forth 0.25	frequent 0.5
tư	central 0.3333	four 0.1667	fourth 0.1667	personal 0.1667	private 0.1667
tư_bản	capital 1
tư_chất	individual 0.5	nature 0.5
tư_cách	behaviour 0.1667	capacity 0.1667	conduct 0.3333	status 0.3333
tư_duy	thinking 0.3333	thought 0.6667
tư_hưũ	owned 0.5	privately 0.5
tư_liêụ	documentation 0.5	material 0.5
tư_lơị	interest 0.5	self 0.5
tư_lệnh	commander 1
tư_pháp	justice 1
tư_sản	capitalist 1
tư_sản_maị_bản	bourgeoisie 0.5	comprador 0.5
tư_thù	feud 1
tư_thế	position 0.5	posture 0.5
tư_thục	private 1
tư_tưởng	idea 0.3333	ideology 0.3333	thought 0.3333
tư_tế	clergy 1
tư_vấn	advisory 1
tưng_bừng	jubilant 1
tươi	bright 0.2	cheerful 0.06667	fresh 0.2667	jocund 0.2	joyful 0.2	raw 0.06667
tươi_cươì	smiling 1
tươi_tắn	cheerful 1
tươm_tất	cared 0.25	smart 0.5	well 0.25
tương	sauce 1
tương_lai	future 1
tương_quan	correlate 0.5	interrelate 0.5
tương_trợ	interdepend 0.5	interdependent 0.5
tương_tư	lovesick 1
tương_đôí	relative 0.5	relatively 0.5
tương_đôí_ngắn	abbreviate 1
tương_đương	equivalent 1
tương_đắc	concord 1
tương_ớt	chutney 1
tương_ứng	correlative 1
tươí	irrigate 0.3333	sprinkle 0.3333	water 0.3333
tưạ	against 0.125	heading 0.25	lean 0.125	similar 0.25	title 0.25
tước	strip 0.5	title 0.5
tước_đoạt	dispossess 1
tướng	general 0.5	king 0.25	physiognomy 0.25
tướng_maọ	look 0.5	outward 0.5
tường	wall 1
tường_lưả	firewall 1
tường_thuật	relate 0.5	report 0.5
tường_tận	thorough 0.5	thoroughly 0.5
tưởng	figure 0.5	think 0.5
tưởng_nhớ	memorize 1
tưởng_niệm	commemorate 0.5	memorial 0.5
tưởng_tượng	figure 0.5	imagine 0.5
tượng	elephant 0.3333	statue 0.6667
tượng_hình	pictographic 1
tượng_trưng	symbolic 0.3333	symbolically 0.3333	symbolize 0.3333
tưủ_quán	tavern 1
tưủ_sắc	wine 0.5	women 0.5
tưủ_điếm	tavern 1
tạ	quintal 0.25	thank 0.5	weight 0.25
tạ_thế	away 0.5	pass 0.5
tạc	carve 0.25	cherish 0.5	engrave 0.25
tạc_dạ	cherish 1
tạc_đạn	granade 0.5	hand 0.5
tạch	clatter 0.5	crack 0.25	light 0.25
tạm	makeshift 0.5	temporary 0.5
tạm_biệt	bye 0.3333	goodbye 0.2778	night 0.1667	part 0.1667	say 0.05556
tạm_bợ	makeshift 0.5	unsettled 0.5
tạm_thơì	provisional 1
tạm_trú	provisionally 0.5	stay 0.5
tạm_ước	modus 0.5	vivendi 0.5
tạm_ứng	advance 0.5	payment 0.5
tạng	constitution 0.1667	innards 0.3333	inner 0.1667	parts 0.1667	viscera 0.1667
tạng_phủ	viscera 1
tạnh	stop 1
tạnh_raó	dry 1
tạp	miscellaneous 0.5	poor 0.5
tạp_chí	digest 0.3333	magazine 0.6667
tạp_chất	extraneous 0.5	matter 0.5
tạp_dề	apron 1
tạp_kỹ	variety 0.5	vaudeville 0.5
tạp_lục	miscellany 1
tạp_nhạp	trifling 1
tạp_vụ	job 0.5	odd 0.5
tạt	whip 1
tạt_tai	box 0.25	ears 0.25	slap 0.5
tả	cholera 0.2	describe 0.2	left 0.2	leftist 0.2	picture 0.2
tả_chân	realistic 1
tả_khuynh	deviationistic 0.5	leftist 0.5
tả_ngạn	bank 0.5	left 0.5
tả_thực	realistic 1
tả_tơi	ragged 0.5	shreds 0.5
tả_đaọ	heresy 0.5	heterdoxy 0.5
tản_bộ	amble 0.5	stroll 0.5
tản_cư	disperse 0.5	evacuate 0.5
tản_mát	mislaid 0.5	scattered 0.5
tản_mạn	dispersed 0.5	scattered 0.5
tảng	block 0.5	slab 0.5
tảng_băng	floe 1
tảng_lờ	away 0.1667	ignore 0.3333	neglect 0.3333	turn 0.1667
tảng_sáng	dawn 0.5	early 0.25	morning 0.25
tấc	metre 0.5	tenth 0.5
tấc_lòng	heart 0.5	man's 0.5
tấm	broken 0.1667	length 0.5	piece 0.1667	rice 0.1667
tấm_bé	childhood 1
tấm_hình	photograph 0.5	picture 0.5
tấm_thảm	carpet 1
tấn	metric 0.1111	play 0.1111	position 0.1111	standing 0.1111	ton 0.5556
tấn_công	assault 0.5	attack 0.5
tấn_phong	consecrate 1
tấp_nập	great 0.25	number 0.25	rush 0.5
tất	course 0.25	sock 0.25	surely 0.125	then 0.125	whole 0.25
tất_cả	all 0.3333	everything 0.3333	whole 0.3333
tất_nhiên	course 0.25	inevitably 0.25	naturally 0.25	ofcouse 0.25
tất_tả	hastily 0.5	hurry 0.5
tất_yêú	indispensable 1
tầm	degree 0.1	extent 0.2	range 0.2	reach 0.1	scope 0.2	siren 0.2
tầm_bâỵ	perverse 0.5	wrong 0.5
tầm_gưỉ	loranth 1
tầm_ma	nettle 1
tầm_nhìn	sight 1
tầm_nã	hunt 0.5	search 0.5
tầm_phaò	idle 0.5	unrealistic 0.5
tầm_thường	commonplace 0.3333	light 0.3333	mediocre 0.3333
tầm_tã	heavily 0.3333	pouring 0.3333	pouringly 0.3333
tầm_vóc	stature 1
tầm_vông	bamboo 0.5	nulgar 0.5
tầm_xuân	briar 0.3333	dog 0.1667	eglantine 0.3333	rose 0.1667
tầm_xích	stick 0.5	walking 0.5
tần_ngần	loss 0.5	stunned 0.5
tần_số	frequency 1
tần_taỏ	contriving 0.5	well 0.5
tần_ô	chrysanthemum 0.5	garland 0.5
tầng	altitude 0.08333	floor 0.08333	layer 0.08333	seam 0.08333	storey 0.1667	story 0.1667	stratum 0.1667	tier 0.1667
tầng_bình_lưu	stratosphere 1
tầng_hầm	basement 1
tầng_lớp	section 0.5	segment 0.5
tầng_ngậm_nước	aquifer 1
tầng_nhiệt	thermosphere 1
tầng_xép	entresol 1
tẩm	soak 1
tẩm_bổ	feed 0.5	up 0.5
tẩm_quất	massage 1
tẩn_mẩn	attentive 0.25	careful 0.5	patiently 0.25
tận	ending 0.2	far 0.2	finished 0.2	right 0.2	to 0.2
tận_cùng	terminal 1
tận_dụng	use 0.5	utilise 0.5
tận_hiêủ	dutiful 0.5	thoroughly 0.5
tận_hưởng	enjoy 0.25	fully 0.25	most 0.5
tận_lực	best 0.5	try 0.5
tận_thế	end 0.5	world 0.5
tận_tuỵ	devoted 1
tận_tâm	hearted 0.5	whole 0.5
tận_tình	hearted 0.5	whole 0.5
tập	accustom 0.1667	book 0.1667	cultivate 0.08333	drill 0.1667	excercise 0.1667	try 0.08333	xi 0.1667
tập_huấn	coach 0.5	drill 0.5
tập_hâụ	arear 0.5	attrack 0.5
tập_hợp	assemble 0.2	gather 0.4	group 0.1	set 0.2	up 0.1
tập_kích	attack 0.5	surprise 0.5
tập_kết	assemble 0.5	gather 0.5
tập_luyện	practise 0.5	train 0.5
tập_quán	custom 0.3333	habit 0.6667
tập_san	magazine 0.5	review 0.5
tập_sự	probation 1
tập_thể	collective 0.25	common 0.25	community 0.25	team 0.25
tập_tin	file 1
tập_trung	concentrate 0.3333	focus 0.3333	mass 0.3333
tập_tành	accustomed 0.25	acquaintance 0.25	train 0.25	used 0.25
tập_tục	customs 0.5	habits 0.5
tập_xác_định	domain 1
tập_đoàn	clique 0.25	community 0.25	corporation 0.25	group 0.25
tật	disease 0.1667	habit 0.1667	illness 0.5	infirmity 0.1667
tật_bệnh	disease 0.5	illness 0.5
tắc	blocked 0.1667	choked 0.1667	click 0.3333	up 0.3333
tắc_kè	gecko 1
tắc_kè_hoa	chameleon 1
tắc_nghẽn	blocked 0.5	jammed 0.5
tắc_trách	perfunctory 1
tắc_xi	cab 0.5	taxi 0.5
tắm	bath 0.3333	bathe 0.3333	swim 0.3333
tắm_nắng	sunbath 0.5	sunbathe 0.5
tắm_rưả	bathe 0.5	wash 0.5
tắt	die 0.1	extinct 0.1	extinguish 0.1	off 0.1	out 0.3	short 0.2	turn 0.1
tắt_kinh	stop 1
tắt_thở	breathe 0.5	last 0.5
tằm	silkworm 1
tằn_tiện	shrifly 0.5	slinging 0.5
tằng_tiụ	affair 1
tằng_tôn	grandchild 0.5	great 0.5
tằng_tổ	grandparent 0.5	great 0.5
tặng	donate 0.2	give 0.3	present 0.4	to 0.1
tặng_phẩm	present 1
tặng_thưởng	award 1
tẹt	flat 1
tẻ	dull 0.125	ordinary 0.125	plain 0.125	rice 0.25	uncronded 0.125	uninteresting 0.25
tẽ	shell 1
tẽn	blow 1
tẽn_tò	blow 1
tế	run 0.25	sacrifice 0.25	worship 0.5
tế_baò	cell 1
tế_baò_chất	cytoplasm 1
tế_baò_học	cytology 1
tế_baò_thần_kinh	cell 0.25	nerve 0.25	neuron 0.5
tế_nhị	stricky 0.5	subtle 0.5
tế_thế	help 0.5	world 0.5
tế_độ	bless 0.5	save 0.5
tếch	caruncle 0.5	wattle 0.5
tết	advised 0.05556	another 0.1667	ba 0.03704	christian 0.03704	day 0.03704	especially 0.03704	festival 0.05556	followers 0.03704	missionary 0.05556	new 0.09259	people 0.1111	say 0.03704	tet 0.05556	vietnamese 0.05556	vua 0.03704	year 0.05556	year's 0.03704
tết_nguyên_đán	chinese 0.3333	new 0.3333	year 0.3333
tết_trung_thu	autumn 0.3333	festival 0.3333	mid 0.3333
tề_tưụ	all 0.25	gather 0.5	present 0.25
tề_tề_cáp_nhĩ	qiqihar 1
tể_nam	jinan 1
tể_tướng	chancellor 1
tễ	pills 1
tệ	bad 0.25	evil 0.375	heartless 0.08333	mighty 0.08333	poor 0.08333	social 0.125
tệ_bạc	ungrateful 1
tệ_haị	bad 0.5	deplorable 0.5
tệ_tục	bad 0.5	custom 0.5
tệ_xá	abode 0.5	humble 0.5
tệ_đoan	corrupt 0.25	evil 0.25	practices 0.25	social 0.25
tệp	file 1
tỉ	billion 1
tỉ_lệ	proportion 1
tỉ_mỉ	detailed 0.3333	minute 0.3333	miticulous 0.3333
tỉ_tê	whisperingly 1
tỉnh	awake 0.04545	aware 0.09091	conscious 0.04545	prefecture 0.09091	province 0.4545	provincial 0.09091	town 0.1818
tỉnh_bơ	oblivious 1
tỉnh_dâỵ	up 0.5	wake 0.5
tỉnh_lỵ	township 1
tỉnh_taó	active 0.25	alert 0.25	full 0.125	possession 0.125	vigilant 0.25
tỉnh_uỷ	committee 0.3333	party 0.3333	provincial 0.3333
tỉnn	country 1
tị_nạn	danger 0.25	flee 0.25	refuge 0.5
tịch_liêu	quiet 0.5	solitary 0.5
tịch_thu	confiscate 1
tịch_thâu	confiscate 1
tịnh_tiến	translationary 1
tịt	dud 1
tọng	cram 1
tọt	swiftly 1
tỏ	bright 0.25	express 0.25	shining 0.25	show 0.25
tỏ_ra	prove 0.3333	seem 0.3333	show 0.3333
tỏ_tình_vơí_ai	love 1
tỏ_tường	seize 0.25	thoroughly 0.25	through 0.25	understand 0.25
tỏ_vẻ	appear 0.3333	prove 0.3333	show 0.3333
tố_caó	accusation 0.2	accuse 0.2	denounce 0.4	expose 0.2
tố_giác	against 0.25	expose 0.5	inform 0.25
tố_khổ	air 0.5	grievances 0.5
tố_tụng	litigate 1
tốc	blow 0.25	turn 0.25	up 0.5
tốc_hành	express 1
tốc_ký	shorthand 1
tốc_độ	speed 0.6667	velocity 0.3333
tốc_độ_tôí_đa	limit 0.5	speed 0.5
tốc_độ_ánh_sáng	lightspeed 1
tốn	burn 0.5	pay 0.5
tốn_kém	costly 1
tốn_thì_giờ	time 0.5	waste 0.5
tống_biệt	off 0.5	see 0.5
tống_cổ	drive 0.25	expel 0.5	out 0.25
tống_giam	go 0.25	jail 0.25	prison 0.25	put 0.25
tống_ngục	engaol 1
tốp	gang 0.5	group 0.25	small 0.25
tốt	beautiful 0.1667	good 0.3333	ok 0.1667	pawn 0.1667	well 0.1667
tốt_bụng	hearted 0.5	kind 0.5
tốt_hơn	better 1
tốt_lành	auspicious 0.5	propitious 0.5
tốt_mã	good 0.5	looking 0.5
tốt_nghiệp	graduate 1
tốt_số	fortunate 0.5	lucky 0.5
tốt_tiếng	popular 0.5	reputed 0.25	well 0.25
tốt_đẹp	beautiful 1
tồn_kho	stock 1
tồn_taị	abide 0.1667	exist 0.3333	hangover 0.1667	is 0.1667	remain 0.1667
tồn_taị_maĩ_maĩ	abiding 1
tổ	group 0.25	nest 0.25	team 0.5
tổ_chim_đaị_bàng	eyrie 1
tổ_chức	establish 0.1429	form 0.1429	hold 0.1429	organization 0.2857	organize 0.1905	set 0.04762	up 0.04762
tổ_chức_organization	establishment 1
tổ_hợp	combination 0.5	cooperation 0.5
tổ_quốc	country 0.3333	fatherland 0.3333	home 0.3333
tổ_tiên	ancestor 0.6667	forefather 0.3333
tổn_haị	damage 0.5	hurt 0.5
tổn_thương	hurt 0.6667	injure 0.3333
tổn_thất	loss 1
tổng_bí_thư	general 0.5	secretary 0.5
tổng_cộng	total 1
tổng_cục	directorate 1
tổng_giám_mục	archbishop 0.5	primate 0.5
tổng_hành_dinh	headquarters 1
tổng_hôị	federation 1
tổng_hợp	collective 0.5	general 0.25	synthetic 0.25
tổng_kết	review 0.3333	sum 0.3333	up 0.3333
tổng_lãnh_sự	consul 0.5	general 0.5
tổng_quát	comprehensive 0.5	general 0.5
tổng_số	total 1
tổng_tham_mưu	general 0.5	staft 0.5
tổng_thống	president 1
tổng_tuyển_cử	election 0.5	general 0.5
tổng_vốn	capital 0.25	investment 0.25	total 0.5
tổng_đaì	switchboard 1
tổng_đốc	general 0.5	governor 0.5
tộc	ethos 1
tột_bậc	extremely 1
tột_bực	extremely 1
tột_cùng	extremely 1
tột_đỉnh	peak 0.5	top 0.5
tột_độ	extremity 1
tớ	i 0.5	me 0.25	servant 0.25
tờ	piece 0.3333	sheet 0.3333	tee 0.3333
tờ_baó	newspaper 1
tờ_mươì	ten 1
tờ_trình	submission 1
tờ_đô	one 1
tợn	bold 0.5	mighty 0.5
tợp	gulp 0.5	sip 0.5
tụ_họp	assemble 0.5	gather 0.5
tụ_tập	collect 0.5	gather 0.5
tụ_điện	capacitor 1
tục	coarse 0.2	custom 0.2	practice 0.2	secular 0.1	vulgar 0.1	worldly 0.2
tục_huyền	remarry 1
tục_lệ	custom 0.3333	practice 0.3333	rule 0.3333
tục_ngữ	proverb 1
tục_tiũ	dirty 0.5	obscene 0.5
tục_tằn	coarse 0.5	vulgar 0.5
tụm	gather 1
tụng_niệm	chant 0.25	pray 0.5	prayers 0.25
tủ	cabinet 0.5	cupboard 0.5
tủ_aó	wardrobe 1
tủ_búp_phê	cupboard 1
tủ_chè	cupboard 1
tủ_kính	wardrobe 1
tủ_lạnh	fridge 0.3333	refrigerator 0.6667
tủ_quần_aó	wardrobe 1
tủ_sách	bookcase 1
tủ_sắt	safe 1
tủ_đựng_chén	cupboard 1
tủ_ướp_lạnh	refrigerator 1
tủn_mủn	mean 0.5	petty 0.25	small 0.25
tứ_chi	four 0.5	limbs 0.5
tứ_giác	quadrangle 0.5	quadrilateral 0.5
tứ_khoaí	four 0.5	pleasures 0.5
tứ_kết	quarterfinal 1
tứ_phiá	all 0.5	around 0.25	sides 0.25
tứ_quý	four 0.5	seasons 0.5
tứ_tung	topsy 0.5	turvy 0.5
tứ_tuần	forties 0.5	forty 0.5
tứ_xuyên	sichuan 1
tứ_đức	four 0.5	virtues 0.5
tức	angry 0.3333	frustrating 0.3333	upset 0.3333
tức_cươì	ridiculous 1
tức_giận	be 0.5	to 0.5
tức_là	is 0.25	means 0.5	that 0.25
tức_thì	immediately 0.5	once 0.5
tức_thơì	real 0.25	realtime 0.5	time 0.25
tức_tốc	away 0.25	instantly 0.5	right 0.25
từ	from 0.2222	guard 0.05556	renounce 0.1111	since 0.2222	temple 0.05556	up 0.1111	word 0.2222
từ_bi	merciful 1
từ_biệt	bye 0.3333	farewell 0.3333	part 0.3333
từ_bỏ	abandon 0.3333	abdicate 0.1667	abnegate 0.1667	desert 0.1667	up 0.1667
từ_châu	xuzhou 1
từ_chôí	decline 0.3333	refuse 0.6667
từ_chôí_không_nhận	abnegate 1
từ_du_nhập	loanword 1
từ_giả	bye 1
từ_khoá	key 1
từ_kết_hợp	portmanteau 0.5	word 0.5
từ_nguyên	etymology 1
từ_nguyên_học	etymology 1
từ_ngôi	abdicate 1
từ_ngữ	expression 1
từ_nôí	connective 1
từ_pháp	morphology 1
từ_thiện	charitable 1
từ_thông	flux 0.5	magnetic 0.5
từ_trần	away 0.5	pass 0.5
từ_tính	magnetism 1
từ_tốn	moderate 1
từ_vay_mượn	loanword 1
từ_viết_tắt	abbreviation 1
từ_vựng	language 0.3333	vocabulary 0.6667
từ_vựng_học	lexicology 1
từ_điển	dictionary 1
từ_điển_học	lexicography 1
từ_đâù_đến_đuôi	head 0.5	toe 0.5
từng	be 0.25	by 0.25	ever 0.25	used 0.25
từng_traỉ	experienced 1
tử	die 1
tử_cung	uterus 0.5	womb 0.5
tử_hình	execution 1
tử_lộ	dead 0.5	route 0.5
tử_ngữ	extinct 0.5	language 0.5
tử_sĩ	martyr 1
tử_thi	corpse 1
tử_thần	angel 0.1667	death 0.5	grim 0.1667	reaper 0.1667
tử_trận	battle 0.5	dead 0.5
tử_tế	decent 0.5	kind 0.5
tử_vi	crape 0.25	horoscope 0.5	myrtle 0.25
tử_vong_học	deathlore 1
tự	me 1
tự_cao	conceited 0.25	important 0.25	self 0.5
tự_chủ	control 0.5	self 0.5
tự_cấp	supply 1
tự_do	abandon 0.2	free 0.2	freedom 0.2	liberal 0.2	liberty 0.2
tự_do_ngôn_luận	freedom 0.5	speech 0.5
tự_do_tín_ngưỡng	freedom 0.5	religion 0.5
tự_do_tôn_giaó	freedom 0.5	religion 0.5
tự_giác	conscious 0.3333	self 0.3333	voluntary 0.3333
tự_haò	pride 1
tự_học	educated 0.25	self 0.25	teach 0.5
tự_lập	independent 0.5	self 0.5
tự_lực	reliant 0.5	self 0.5
tự_mâũ	jamo 1
tự_nguyện	spontaneous 1
tự_nhiên	automatic 0.25	natural 0.25	nature 0.5
tự_phong	proclaim 0.25	proclaimed 0.25	self 0.5
tự_phát	spontaneous 1
tự_quyết	determine 1
tự_sát	commit 0.25	kill 0.25	suicide 0.5
tự_sướng	masturbate 0.5	selfie 0.5
tự_thú	confess 1
tự_ti_mặc_cảm	complex 0.5	inferiority 0.5
tự_tin	confident 0.5	self 0.5
tự_tiện	permission 0.5	without 0.5
tự_trị	autonomous 0.5	autonomy 0.5
tự_trọng	respectful 0.25	respecting 0.25	self 0.5
tự_túc	self 0.5	sufficient 0.25	supporting 0.25
tự_tử	commit 0.25	suicide 0.75
tự_xưng	assume 0.5	proclaim 0.5
tự_ý	self 0.5	willed 0.5
tự_điển	dictionary 1
tự_đắc	conceited 1
tự_động	automatic 1
tự_động_hoá	automatic 1
tỳ	spleen 1
tỷ	billion 0.5	milliard 0.5
tỷ_giá	rate 1
tỷ_giá_hôí_đoaí	exchange 0.5	rate 0.5
tỷ_lệ	proportion 0.3333	rate 0.3333	ratio 0.3333
tỷ_lệ_vàng	golden 0.5	ratio 0.5
tỷ_số	rate 0.3333	ratio 0.3333	score 0.3333
tỷ_trọng	density 0.5	proportion 0.5
tỷ_tỷ	quintillion 1
tỷ_đồng	billion 0.75	dong 0.25
u	bumpy 0.1429	mom 0.07143	mother 0.1429	mum 0.1429	swell 0.1429	swollen 0.1429	tumour 0.07143	u 0.1429
u_hồn	dead 0.25	ghost 0.5	soul 0.25
u_ran	uranium 1
u_sâù	melancholy 0.5	sullen 0.5
u_tịch	quict 0.5	secluded 0.5
u_uất	spleenful 1
u_ám	dull 0.3333	gray 0.3333	overcast 0.3333
u_ơ	inarticulate 0.3333	sounds 0.3333	utter 0.3333
u_ẩn	dark 0.5	secret 0.5
ubnd	committee 0.5	people's 0.5
ufa	ufa 1
ukraina	ukraine 1
ulaanbaatar	ulaanbaatar 1
ulan_bator	ulaanbaatar 1
uluru	uluru 1
um_tùm	luxuriant 0.5	rank 0.5
ung	addle 0.5	rotten 0.5
ung_dung	deliberate 1
ung_nhọt	tumour 1
ung_thư	cancer 1
ung_thư_da	cancer 0.5	skin 0.5
ung_thư_học	oncology 1
ung_thư_naõ	brain 0.5	cancer 0.5
ung_thư_phôỉ	cancer 0.5	lung 0.5
ung_thư_vú	breast 0.5	cancer 0.5
uran	uranium 1
urani	uranium 1
uruguay	uruguay 1
use_with_caution	name 0.5	what 0.25	what's 0.25
uy_danh	authority 0.5	fame 0.25	prestigious 0.25
uy_hiếp	bully 0.5	overwhelm 0.5
uy_lực	power 1
uy_nghi	majestic 1
uy_phong	imposing 0.5	venerably 0.5
uy_quyền	authority 1
uy_thế	influence 0.5	power 0.5
uy_tín	prestige 1
uytky	whiskey 1
uyên_bác	erudite 1
uyên_thâm	profound 1
uyển_chuyển	flexible 0.5	lissom 0.5
uà	flow 0.5	rush 0.5
uá	brown 0.5	waning 0.5
uây_khyếm_mẹ	mum 0.5	mummy 0.5
uí	oof 0.5	oogh 0.5
uí_chà	oh 0.25	well 0.75
uí_da	ouch 1
uý_laọ	solace 1
uả	huh 0.5	ooh 0.25	well 0.25
uất_hận	deeply 0.5	resent 0.5
uất_kim_cương	tulip 1
uất_kim_hương	tulip 1
uất_ức	writhe 1
uẩn	skandha 1
uẩn_khúc	mystery 1
uế_khí	air 0.25	filthy 0.25	noxious 0.5
uể_oaỉ	slack 0.5	sluggish 0.5
uỉ	iron 1
uốn	bend 0.3333	curl 0.3333	curve 0.3333
uốn_cong	bend 1
uốn_nắn	shape 0.5	straighten 0.5
uốn_quanh	meandering 0.3333	tortuous 0.3333	twisty 0.3333
uống	drink 1
uống_rươụ	drink 1
uống_say	drink 1
uỵch	paste 0.1667	thudding 0.3333	thuddingly 0.1667	thump 0.3333
uỷ_ban	committee 1
uỷ_ban_nhân_dân	committee 0.5	people's 0.5
uỷ_mị	maudlin 0.5	mawkish 0.5
uỷ_quyền	authorize 0.5	grant 0.25	power 0.25
uỷ_thác	power 0.5	vest 0.5
uỷ_viên	member 1
va	bump 0.25	collide 0.25	he 0.25	him 0.25
va_chạm_điện	electric 0.5	shock 0.5
va_li	portmanteau 0.3333	suitcase 0.6667
va_ni	vanilla 1
vacxin	vaccine 1
vai	part 0.08333	rank 0.08333	role 0.25	roll 0.25	shoulder 0.3333
vai_trò	part 0.5	role 0.5
van	beseech 0.5	valve 0.5
van_naì	implore 0.5	insist 0.5
van_xin	beg 0.5	implore 0.5
vanađi	vanadium 1
vancouver	vancouver 1
vang	echo 0.5	resound 0.5
vang_lừng	far 0.5	resounding 0.5
vay	borrow 1
vaì	several 0.6667	some 0.3333
vaò	at 0.1111	begin 0.05556	by 0.1111	come 0.1111	enter 0.1111	in 0.1111	into 0.1111	join 0.05556	on 0.1111	touchdown 0.1111
vaò_huà	side 1
vaò_khoảng	about 1
vaò_sổ	register 1
vaý	skirt 1
vaĩ	holy 0.5	shit 0.5
vaỉ	cloth 0.5	litchi 0.25	lychee 0.25
vaỉ_bọc_chân	footwrap 1
vaỉ_kaki	khaki 1
vaỉ_khaki	khaki 1
vaỉ_luạ	silk 1
vaỉ_traỉ_giường	bedsheet 1
vaỉ_vóc	cloth 1
vaị	jar 1
vaỷ	crust 0.1667	flake 0.3333	operculum 0.1667	scab 0.1667	scale 0.1667
ve	laped 0.1667	phial 0.1111	revers 0.3333	scar 0.1111	tick 0.1111	vial 0.1667
ve_sâù	cicada 1
ve_vâỷ	waggle 1
venezuela	venezuela 1
veò	flash 0.5	like 0.25	shot 0.25
veó	pinch 1
veó_von	melodious 1
vi_khuẩn	bacterium 0.5	microbe 0.25	microorganism 0.25
vi_mạch	microchip 1
vi_phạm	break 0.5	violate 0.5
vi_sinh_vật	microbe 0.5	microorganism 0.5
vi_sinh_vật_học	microbiology 1
vi_ta_min	vitamin 1
vi_trùng	microbe 0.5	microorganism 0.5
vi_vút	whizzing 1
vi_ô_lông	violon 1
vinh_dự	honour 1
vinh_hạnh	honoured 1
vinh_quang	glorious 0.3333	glory 0.3333	illustrious 0.3333
viola	viola 1
virus	virus 1
virus_maý_tính	virus 1
vishnu	vishnu 1
vitamin	vitamin 1
viêm	inflamation 0.5	inflame 0.5
viêm_màng_phôỉ	pleurisy 1
viêm_phôỉ	pneumonia 1
viên	vienna 1
viên_chức	employee 0.1667	official 0.6667	public 0.1667
viên_thuốc_con_nhộng	capsule 1
viêng_chăn	vientiane 1
viả	seam 1
viả_hè	pavement 0.3333	side 0.1667	sidewalk 0.3333	street 0.1667
viếng_thăm	visit 1
viết	read 0.25	record 0.25	write 0.5
viết_chì	pen 1
viết_chì_maù	crayon 1
viết_câủ_thả	scribble 1
viết_nguệch_ngoạc	scribble 1
viết_ra	down 0.5	write 0.5
viết_tắt	abbreviate 1
viền	edge 0.5	hem 0.5
viễn_cảnh	far 0.1667	hypermetropic 0.3333	long 0.1667	sighted 0.3333
viễn_nạp	download 1
viễn_thông	telecommunication 1
viễn_đông	east 0.5	far 0.5
việc	affair 0.125	business 0.25	incident 0.125	job 0.125	matter 0.125	occurence 0.125	work 0.125
việc_cuốn	roll 1
việc_ghê_tởm	abomination 1
việc_làm	action 0.07143	deed 0.1429	employment 0.2857	job 0.07143	jobs 0.1429	work 0.2857
việc_nhaỷ	leap 1
việc_quan_trọng	moment 1
việc_đâỷ	roll 1
viện	chamber 0.1	court 0.1	home 0.2	institute 0.6
viện_baỏ_tàng	museum 1
viện_chủ_tu_viện	abbatial 0.5	abbot 0.5
viện_cớ	reason 1
viện_lý	argue 1
viện_trợ	aid 1
việt	gardens 0.25	ponds 0.25	vietnamese 0.25	villages 0.25
việt_cộng	vietcong 1
việt_kiêù	overseas 0.25	resident 0.25	vietnamese 0.5
việt_nam	nam 0.1111	named 0.1111	vietnam 0.7778
việt_nam_cộng_hoà	south 0.5	vietnam 0.5
việt_ngữ	vietnamese 1
việt_vị	off 0.5	side 0.5
vladivostok	vladivostok 1
vodka	vodka 1
voi	elephant 1
voi_ma_mút	mammoth 1
volgograd	volgograd 1
vonfam	tungsten 1
vong_linh	death's 0.25	ghost 0.5	soul 0.25
vong_ân	ungrateful 1
voronezh	voronezh 1
voì	fountain 0.1667	spout 0.1667	stream 0.1667	tap 0.3333	trunk 0.1667
voì_rồng	tornado 1
voì_sen	shower 1
voì_voi	heliotrope 1
voọc	langur 1
vu_khống	calumniate 0.5	slander 0.5
vu_oan	accuse 0.5	falsely 0.5
vu_qui	day 0.5	wedding 0.5
vu_vơ	vague 1
vua	king 1
vua_tư_bản	tycoon 1
vui	gay 0.25	joyful 0.25	merry 0.5
vui_lòng	happy 1
vun	earth 0.5	pile 0.25	up 0.25
vun_trồng	cultivate 1
vung	brandish 0.3333	cover 0.3333	flowrish 0.1667	lid 0.1667
vuì	bury 1
vuông	square 1
vuông_góc	right 1
vuốt	claw 0.5	claws 0.5
vuốt_ve	fondle 0.5	stroke 0.5
và	and 1
vàm	mouth 0.5	rivulet 0.5
vàng	gold 0.5	yellow 0.5
vàng_anh	oriole 1
vàng_khè	yellow 1
vàng_kim_loaị	gold 1
vàng_mươì	gold 0.5	pure 0.5
vàng_nhạt	canary 1
vàng_son	resplendent 1
vàng_tây	alloy 0.3333	copper 0.3333	gold 0.3333
vàng_y	gold 0.5	pure 0.5
vành	brim 0.25	coil 0.125	disk 0.25	hoop 0.125	rim 0.125	ring 0.125
vành_tai	helix 1
vành_đai	belt 1
vá	ladle 0.3333	mend 0.3333	shovel 0.3333
vá_viú	patchy 1
vác	bear 0.5	carry 0.25	shoulder 0.25
vách	wall 0.5	wattle 0.5
vách_đá	cliff 1
ván	board 0.2	game 0.1	hand 0.2	plank 0.1	set 0.4
ván_a	hand 1
ván_trượt	skateboard 1
ván_trượt_tuyết	ski 1
ván_trắng	duck 1
váng	film 0.5	scum 0.5
vân	vein 1
vân_nam	yunnan 1
vân_sam	spruce 1
vân_vân	and 0.1111	cetera 0.3333	et 0.3333	on 0.1111	so 0.1111
vân_vê	twiddle 1
vâng	all 0.1667	right 0.1667	yes 0.6667
vâng_lơì	comply 0.3333	listen 0.3333	obey 0.3333
vây	besiege 0.25	encircle 0.25	fin 0.125	ray 0.125	surround 0.25
vây_cá_mập	fin 0.5	shark 0.5
vây_cánh	side 0.5	wing 0.5
vâý	smeared 1
vâý_vá	perfunctory 1
vâủ	buck 0.5	curl 0.5
vâỵ	so 0.5	that 0.25	thus 0.25
vâỵ_mà	but 0.5	however 0.5
vâỵ_thì	so 0.3333	therefore 0.6667
vâỵ_à	really 1
vâỹ	wag 0.3333	waggle 0.3333	wave 0.3333
vãn	dispersed 0.3333	finished 0.3333	over 0.3333
vãn_hôì	recover 0.5	restore 0.5
vãng_lai	come 0.25	frequent 0.5	go 0.25
vè	mudguard 1
vé	ticket 1
vén	put 0.1667	roll 0.1667	tuck 0.1667	up 0.5
vét	dredge 0.5	scrape 0.5
vê	roll 0.5	vee 0.5
vênh	warped 1
vênh_vaó	vainglorious 1
vì	because 1
vì_sao	reason 0.125	star 0.25	what 0.125	why 0.5
vì_thế	so 0.3333	therefore 0.6667
ví	compare 0.3333	purse 0.3333	wallet 0.3333
ví_dụ	example 1
ví_như	case 0.3333	if 0.3333	regrad 0.3333
ví_tiền	purse 0.5	wallet 0.5
vít	down 0.3333	pull 0.1667	screw 0.3333	wrest 0.1667
vò	crumple 0.1667	crush 0.1111	jar 0.3333	rub 0.1111	up 0.2778
vò_võ	lonely 0.5	solitarily 0.5
vòm	arch 0.5	vault 0.5
vòm_canh	tower 0.5	watch 0.5
vòng	about 0.2	circle 0.2	hoop 0.06667	revolution 0.06667	ring 0.2667	round 0.2
vòng_hoa	wreath 1
vòng_kiềng	bandy 1
vòng_quanh	round 1
vòng_tròn	circle 1
vòng_veò	tortuous 0.5	twisty 0.5
vòng_vo_tam_quốc	around 0.3333	beat 0.3333	bush 0.3333
vòng_đu_quay	ferris 0.5	wheel 0.5
vó	hoof 0.3333	lift 0.3333	net 0.3333
vó_câu	horse 0.5	step 0.5
vóc_dáng	build 0.3333	size 0.3333	stature 0.3333
vót	sharpen 0.5	whittle 0.5
vô_biên	boundless 0.5	unlimited 0.5
vô_bổ	useless 1
vô_chủ	unowned 1
vô_cùng	ad 0.1667	extremely 0.3333	infinitum 0.1667	multiplicity 0.3333
vô_căn_cứ	unfounded 1
vô_cơ	inorganic 1
vô_cực	infinite 0.5	infinity 0.5
vô_danh	unknown 1
vô_dụng	lemon 1
vô_giá	invaluable 1
vô_haị	harmless 0.5	innocuous 0.5
vô_hiêụ	ineffective 0.5	ineffectual 0.5
vô_hình	invisible 1
vô_loaị	wicked 1
vô_lý	absurd 0.3333	preposterous 0.3333	unreasonable 0.3333
vô_lương_tâm	ruthless 0.5	unconscionable 0.5
vô_nghiã	amoral 0.25	meaningless 0.25	non 0.25	sensical 0.25
vô_phép	impolite 0.5	rude 0.5
vô_sinh	barren 0.1667	inanimate 0.1667	infertility 0.3333	sterile 0.3333
vô_sản_các_nước	unite 0.3333	workers 0.3333	world 0.3333
vô_số	countless 0.5	innumerable 0.5
vô_sự	unharmed 0.5	unhurt 0.5
vô_thưà_nhận	abandoned 0.3333	derelict 0.3333	unowned 0.3333
vô_thần	atheistic 1
vô_trùng	sterile 1
vô_tuyến_truyền_hình	television 1
vô_tuyến_truyền_thanh	radio 1
vô_tình	callous 0.5	unintentional 0.5
vô_tích	wuxi 1
vô_tính	asexuality 1
vô_tôị	innocent 1
vô_tư	impartial 0.5	unbiased 0.5
vô_tư_lự	carefree 1
vô_tận	endless 1
vô_vị	colourless 0.5	insipid 0.5
vô_ích	useless 1
vô_ý_thức	unconscious 1
vô_định	infinite 0.3333	undetermined 0.3333	unidentified 0.3333
vô_độ	immoderate 1
vôi	lime 1
vôi_vưã	mortar 1
vôn	volt 1
vôtca	vodka 1
vôị	hasty 0.3333	hurry 0.6667
vôị_lên	hurry 0.75	up 0.25
vôị_vàng	hurry 1
vôị_vã	hastily 0.5	hurriedly 0.5
võ	wasted 1
võ_nghệ	art 0.25	fighting 0.25	fu 0.25	kung 0.25
võ_sĩ	samurai 1
võ_sĩ_đaọ	bushido 1
võ_thuật	art 0.25	martial 0.25	wushu 0.5
võ_thuật_trung_quốc	fu 0.5	kung 0.5
võng	down 0.25	hammock 0.5	sag 0.25
võng_mạc	retina 1
vù	swollen 1
vùng	area 0.5	region 0.5
vùng_phi_quân_sự	demilitarized 0.5	zone 0.5
vùng_ven_đô	suburb 1
vùng_vâỹ	struggle 1
vùng_vằng	bestir 1
vú	breast 1
vú_em	maid 0.5	nurse 0.5
vú_sưã	apple 0.5	star 0.5
văn_bản	document 0.3333	documents 0.3333	text 0.3333
văn_bằng	diploma 1
văn_chương	belles 0.1667	lettres 0.1667	literature 0.5	style 0.1667
văn_cảnh	context 1
văn_hoá	cultural 0.25	culture 0.75
văn_học	can 0.0303	dieu 0.04545	fairy 0.04545	folk 0.04545	godness 0.04545	humanism 0.09091	humorous 0.04545	huy 0.06061	literature 0.1818	love 0.04545	lu 0.0303	luu 0.0303	pham 0.0303	songs 0.04545	stories 0.04545	tales 0.04545	thong 0.0303	traditionally 0.0303	trong 0.0303	xuan 0.04545
văn_kiện	document 0.6667	roll 0.3333
văn_minh	civilization 1
văn_phong	style 1
văn_phòng	bureau 0.2	office 0.7	secretariat 0.1
văn_phòng_bộ	ministry 0.5	office 0.5
văn_phòng_chính_phủ	government 0.5	office 0.5
văn_phòng_phẩm	stationery 1
văn_thơ	prose 0.5	verse 0.5
văn_vật	civilized 1
văn_vẻ	polished 0.3333	refined 0.3333	style 0.3333
văn_đàn	circles 0.5	literary 0.5
văng	cast 0.5	out 0.1667	spit 0.1667	throw 0.1667
vĩ_cầm	violin 1
vĩ_tuyến	latitude 0.75	parallel 0.25
vĩ_đaị	great 1
vĩ_độ	latitude 1
vĩnh_cưủ	abiding 0.5	permanent 0.5
vĩnh_viễn	eternal 0.3333	everlasting 0.3333	forever 0.3333
vũ	dance 1
vũ_baõ	rain 0.5	storm 0.5
vũ_công	dancer 1
vũ_hán	wuhan 1
vũ_hôị	ball 1
vũ_khí	arm 0.3333	arms 0.3333	weapon 0.3333
vũ_khí_hạt_nhân	nuclear 0.5	weapon 0.5
vũ_khúc	ballet 1
vũ_nữ	dancer 1
vũ_thuật	art 0.25	martial 0.25	wushu 0.5
vũ_trụ	cosmos 0.2	outer 0.1	space 0.3	universe 0.4
vũ_đaì	arena 0.3333	stage 0.6667
vũng	pool 0.5	puddle 0.5
vơ	assume 0.5	gather 0.5
vơí	out 0.08333	reach 0.25	to 0.1667	towards 0.1667	with 0.3333
vưà	fitting 0.3333	just 0.3333	suitable 0.3333
vưà_kịp	just 1
vưà_lòng	satisfied 1
vưà_lúc	just 0.5	moment 0.5
vưà_mơí	just 0.5	recently 0.5
vưà_qua	recent 0.5	recently 0.5
vưà_tầm	reach 0.5	within 0.5
vưà_đúng	just 1
vưà_đủ	just 1
vưã	mortar 1
vươn	rise 0.5	up 0.5
vương	king 0.5	wang 0.5
vương_quyền	royalty 1
vương_quốc	kingdom 1
vương_quốc_anh	kingdom 0.5	united 0.5
vương_quốc_thaí_lan	kingdom 0.5	thailand 0.5
vương_triêù	dynasty 1
vương_tử	prince 1
vương_vaĩ	scattered 1
vương_viú	involved 1
vương_vấn	attached 1
vưạ	barn 0.5	granary 0.5
vướng	burdened 0.5	catch 0.5
vướng_mắc	bottleneck 0.25	difficulty 0.25	obstacle 0.25	problem 0.25
vườn	garden 1
vườn_bách_thú	zoo 1
vườn_cây	orchard 1
vườn_cây_ăn_quả	orchard 1
vườn_cây_ăn_traí	orchard 1
vườn_quốc_gia	national 0.5	park 0.5
vườn_rau	garden 0.75	vegetable 0.25
vườn_trẻ	kindergarten 1
vượn	ape 0.5	gibbon 0.5
vượn_caó	lemur 1
vượng	prosperous 0.5	thriving 0.5
vượt	cross 0.1111	exceed 0.3333	overcome 0.1111	pass 0.1111	surpass 0.3333
vạ	fine 1
vạc	carve 0.5	heron 0.25	night 0.25
vạc_dâù	cauldron 0.5	oil 0.5
vạch	draw 0.4	expose 0.1	out 0.1	outline 0.1	point 0.1	uncover 0.2
vạch_trần	expose 0.5	uncover 0.5
vạn	myriad 0.3333	ten 0.3333	thousand 0.3333
vạn_lý_trường_thành	china 0.3333	great 0.3333	wall 0.3333
vạn_năng	multipower 0.5	multipurpose 0.5
vạn_sự	all 0.25	everything 0.5	things 0.25
vạn_thọ	marigold 1
vạn_tuế	hooray 0.25	hurrah 0.25	live 0.125	long 0.125	yay 0.25
vạn_vật	all 0.25	beings 0.25	living 0.25	things 0.25
vạt	flap 0.5	plot 0.5
vạt_aó	skirt 1
vả	slap 1
vả_laị	adition 0.5	moreover 0.5
vấn	roll 0.5	wind 0.5
vấn_vít	entangled 1
vấn_đáp	oral 1
vấn_đề	matter 0.25	problem 0.5	question 0.25
vấn_đề_khó_xử	puzzle 1
vấn_đề_nan_giaỉ	puzzle 1
vấp	flounder 0.1667	make 0.1667	stumble 0.1667	to 0.1667	trip 0.3333
vất_vả	difficulties 0.25	hard 0.25	laborously 0.25	strenuous 0.25
vần	rhyme 0.2	roll 0.2	sound 0.2	syllable 0.1	torment 0.2	verse 0.1
vần_thơ	verse 1
vẩn_đục	muddy 0.5	turbid 0.5
vẫn	still 0.5	yet 0.5
vẫn_thạch	meteorite 1
vận	destiny 0.25	fortune 0.25	put 0.25	wear 0.25
vận_chuyển	agitate 0.125	appeal 0.25	call 0.25	exercise 0.25	move 0.125
vận_hành	operate 0.3333	run 0.3333	work 0.3333
vận_mâũ	final 1
vận_taỉ	transport 1
vận_tốc	speed 0.5	velocity 0.5
vận_động	banner 0.2	campaign 0.4	mobilize 0.2	persuade 0.2
vận_động_gây_quỹ	fundraiser 1
vật	object 0.3333	thing 0.6667
vật_chất	material 0.3333	matter 0.6667
vật_chất_tôí	dark 0.5	matter 0.5
vật_dị_dạng	abortion 1
vật_học	mineralogy 1
vật_kinh_tởm	abomination 1
vật_kỳ_quaí	abnormality 1
vật_liêụ	material 1
vật_lý_học	physics 1
vật_mua	buy 1
vật_thể	body 0.3333	object 0.6667
vật_tượng_trưng	symbol 1
vật_tổ	totem 1
vật_vô_chủ	waif 1
vật_đẻ_non	abortion 1
vắn	brief 0.5	short 0.5
vắng	absent 0.25	deserted 0.5	desolated 0.25
vắng_mặt	absent 1
vắng_vẻ	deserted 0.5	quiet 0.5
vắt	handful 0.1667	leech 0.1667	terrestrial 0.1667	wring 0.5
vắt_óc	brain 0.5	rack 0.5
vằm	mince 1
vẳng	faintly 0.5	resound 0.5
vặn	turn 0.1667	twist 0.1667	wind 0.3333	wring 0.3333
vặn_hoỉ	grill 0.5	question 0.5
vặt	odd 0.2	petty 0.2	pluck 0.2	strip 0.2	trifling 0.2
vặt_vãnh	petty 0.5	trivial 0.5
vẹn_toàn	accomplishment 0.3333	complete 0.3333	perfect 0.3333
vẹn_vẽ	perfect 1
vẹt	kite 0.3333	parrot 0.6667
vẻ	appearance 0.25	expression 0.25	look 0.25	sound 0.25
vẻ_vang	glorious 0.5	honourable 0.5
vẽ	contrive 0.1667	draw 0.6667	paint 0.1667
vế	influence 0.1667	member 0.1667	position 0.5	thigh 0.1667
vết	defect 0.25	mark 0.25	stain 0.25	trace 0.25
vết_bỏng	burn 1
vết_seọ	scar 1
vết_thương	injury 0.3333	wound 0.6667
về	about 0.2143	as 0.119	for 0.04762	of 0.1429	on 0.04762	regards 0.1429	return 0.1429	to 0.1429
về_hưu	retire 1
về_hướng	toward 1
về_phiá	toward 1
về_phiá_sau	aback 1
về_sau	afterward 0.5	afterwards 0.5
vểnh	perk 0.1667	prick 0.1667	raise 0.3333	up 0.3333
vệ	edge 0.5	side 0.5
vệ_binh	guardsman 1
vệ_sinh	hygiene 1
vệ_tinh	satellite 1
vệ_tinh_nhân_taọ	satellite 0.5	sputnik 0.5
vệt	line 0.3333	streak 0.3333	track 0.3333
vỉ	grate 0.1667	grid 0.3333	gridison 0.3333	grill 0.1667
vị	taste 1
vị_chanh	lemon 1
vị_chanh_flavor	lemon 1
vị_chi	cost 0.25	makes 0.5	total 0.25
vị_giác	sence 0.25	taste 0.75
vị_kỷ	egoist 0.5	selfish 0.5
vị_lai	future 1
vị_ngữ	predicate 0.5	predicative 0.5
vị_tha	altruistic 0.5	forgiveful 0.5
vị_trí	location 0.25	place 0.25	position 0.25	situation 0.25
vịn	catch 0.25	hold 0.25	lean 0.25	seize 0.25
vịnh	bay 0.4	gulf 0.4	verse 0.2
vịnh_ba_tư	gulf 0.5	persian 0.5
vịnh_mexico	gulf 0.5	mexico 0.5
vịnh_phần_lan	finland 0.5	gulf 0.5
vịnh_xuân_quyền	chun 0.5	wing 0.5
vịt	drake 0.3333	duck 0.6667
vịt_caí	duck 1
vịt_con	duckling 1
vịt_donald	donald 0.5	duck 0.5
vọng	echo 0.5	resound 0.5
vọng_gác	tower 0.5	watch 0.5
vọng_tưởng	dream 0.5	wildly 0.5
vọt	out 0.5	spurt 0.5
vỏ	bark 0.1429	cover 0.07143	crust 0.03571	husk 0.07143	peel 0.07143	pot 0.07143	scabbard 0.07143	sheath 0.1429	shell 0.1429	skin 0.07143	tyre 0.1071
vỏ_cây	bark 1
vỏ_quả	pericarp 1
vỏ_sò	seashell 1
vốc	double 0.25	handful 0.25	scoop 0.5
vốn	bond 0.1111	capital 0.3333	formerly 0.1111	fund 0.1111	funding 0.1111	funds 0.1111	originally 0.1111
vốn_sẵn_có	ability 1
vốn_đâù_tư_công	investment 0.5	public 0.5
vống	overgrow 1
vồ_vập	warmly 0.5	welcome 0.5
vồn_vã	great 0.3333	show 0.3333	warmth 0.3333
vỗ	clap 0.5	flap 0.1667	lap 0.1667	slap 0.1667
vỗ_beó	fatten 0.5	feed 0.25	up 0.25
vỗ_tay	applaud 0.3333	applause 0.3333	clap 0.1667	hands 0.1667
vỗ_về	comfort 0.5	console 0.5
vớ	catch 0.1667	come 0.1667	grasp 0.1667	sock 0.1667	socks 0.1667	stockings 0.1667
vớ_vẩn	foolish 0.3333	nonsensical 0.3333	silly 0.3333
vờ	pretend 0.3333	sham 0.3333	vee 0.3333
vờ_vịt	feign 0.5	pretend 0.5
vờn	bring 0.5	out 0.5
vở	book 0.25	exercise 0.25	notebook 0.5
vở_ballet	ballet 1
vở_kịch	play 1
vỡ	break 0.3333	clear 0.3333	off 0.3333
vỡ_lòng	abc 0.5	primary 0.5
vỡ_mủ	burst 0.5	open 0.5
vỡ_nợ	bankrupt 0.5	become 0.25	go 0.25
vỡ_tim	broken 0.5	heart 0.5
vợ	spouse 0.3333	wife 0.6667
vợ_bé	concubine 1
vợ_lẻ	concubine 1
vợ_vua	queen 1
vợt	hand 0.1667	net 0.1667	racket 0.5	racquet 0.1667
vụ	department 0.5	season 0.25	time 0.25
vụ_chaý	fire 1
vụ_giết_ngươì	murder 1
vụ_lơị	gain 0.25	look 0.25	seeking 0.25	self 0.25
vụ_nổ_lớn	bang 0.5	big 0.5
vụ_trưởng	director 1
vụ_ám_sát	assassination 0.5	murder 0.5
vụ_án_chuẩn	case 0.5	test 0.5
vụn	trifling 1
vụn_vặt	petty 0.5	trifling 0.5
vụng	clumsy 1
vụt	lash 0.5	whip 0.5
vứt	threw 1
vừng	sesame 1
vững	firm 0.5	steady 0.5
vững_bền	durable 0.5	stable 0.5
vững_chắc	firm 0.5	solid 0.5
vực	abyss 0.25	chasm 0.25	domain 0.25	raise 0.25
wakayama	wakayama 1
warszawa	warsaw 1
wasabi	wasabi 1
washington	washington 1
watt	watt 1
webcam	webcam 1
website	site 0.5	web 0.5
wellington	wellington 1
wiki_hoá	wikify 1
wikipedia	wikipedia 1
wiktionary	wiktionary 1
woman_to_woman	love 1
wrocław	wroclaw 1
wu	wu 1
xa	distant 0.2	far 0.4	remote 0.4
xa_cách	away 0.25	distant 0.5	far 0.25
xa_hoa	lavish 0.5	luxurious 0.5
xa_lánh	away 0.5	keep 0.5
xa_lạ	foreign 0.5	strange 0.5
xa_lộ	hightway 1
xa_xôi	far 1
xa_xôi_heỏ_lán	outback 1
xa_xăm	far 1
xa_xỉ	luxurious 1
xacxô	saxophone 1
xalam	salaam 1
xamurai	samurai 1
xanh	blue 0.25	green 0.5	grue 0.25
xanh_biếc	blue 1
xanh_blue_or_green	blue 1
xanh_lam	blue 1
xanh_lá_cây	green 1
xanh_lơ	blue 0.5	cyan 0.5
xanh_thổ	turquoise 1
xanh_xao	pale 1
xao_lãng	neglect 1
xao_xuyến	upset 1
xao_động	agitate 1
xay	grind 0.5	husk 0.5
xaì	money 0.25	spend 0.25	use 0.5
xaì_phí	blow 1
xaò	fry 1
xaò_xạc	flutter 0.5	rustle 0.5
xaó_trộn	disorder 1
xaọ	unreliable 1
xaỏ	artful 1
xaỏ_quyệt	artful 0.5	cunning 0.5
xaỷ_ra	happen 0.5	occur 0.25	place 0.25
xaỷ_đến	happen 1
xe_ba_bánh	tricycle 1
xe_buýt	bus 1
xe_bò	cart 0.8333	ox 0.1667
xe_cam_nhông	truck 1
xe_chở_tiền_cuả	armoured 0.5	truck 0.5
xe_cưú_thương	ambulance 1
xe_cộ	vehicles 1
xe_du_lịch	automobile 0.5	car 0.5
xe_gắn_maý	motorbike 1
xe_hoả	train 1
xe_hơi	automobile 0.5	car 0.5
xe_keó	rickshaw 1
xe_lam	tuk 1
xe_lăn	wheelchair 1
xe_lưả	train 1
xe_mô_tô	motorcycle 1
xe_ngưạ	carriage 0.5	cart 0.5
xe_tang	hearse 1
xe_tay	rickshaw 1
xe_taỉ	carriage 0.5	truck 0.5
xe_trượt_tuyết	sledge 1
xe_tăng	tank 1
xe_tắc_xi	taxi 1
xe_uỉ_đất	bulldozer 1
xe_xích_lô	pedicab 1
xe_điện	car 0.25	electric 0.25	tram 0.5
xe_điện_ngầm	metro 0.5	subway 0.5
xe_đâỷ	wheelbarrow 1
xe_đò	coach 1
xe_đạp	bicycle 1
xe_đạp_một_bánh	unicycle 1
xelô	cello 1
xem	see 0.3333	watch 0.6667
xem_xét	examine 1
xen	insert 0.3333	interfere 0.3333	interpolate 0.3333
xenon	xenon 1
xentimét	centimetre 1
xeri	cerium 1
xeton	ketone 1
xezi	caesium 1
xeó	trample 0.5	treat 0.5
xeọ	slanting 1
xhcn	socialism 1
xi	polish 0.1667	sealing 0.1667	wax 0.1667	xi 0.5
xi_lanh	cylinder 1
xi_líp	panties 1
xi_măng	cement 1
xi_rô	syrup 1
xibia	siberia 1
ximôckinh	tuxedo 1
ximôkinh	tuxedo 1
xin	ask 0.3333	beg 0.3333	please 0.3333
xin_chaò	goodbye 0.3333	hello 0.3333	welcome 0.3333
xin_chaò_buôỉ_ngaỳ	day 0.5	good 0.5
xin_chaò_buôỉ_tôí	evening 0.5	good 0.5
xin_goị_cảnh_sát	call 0.5	police 0.5
xin_lôĩ	apologize 0.25	excuse 0.125	i'm 0.125	me 0.125	sorry 0.375
xin_lôĩ_cho_hoỉ	excuse 0.5	me 0.5
xinh	nice 0.5	pretty 0.5
xinh_xắn	pretty 1
xinh_đẹp	beautiful 1
xinê	cinema 1
xiêm	siam 0.5	siamese 0.5
xiêm_la_meò	cat 0.5	siamese 0.5
xiêm_meò	cat 0.5	siamese 0.5
xiêm_y	dress 1
xiên	fork 0.25	oblique 0.25	skewer 0.25	slanting 0.25
xiên_nướng_thịt	skewer 1
xiêu	slant 0.5	slope 0.5
xiêu_lòng	yield 1
xiêu_veọ	inclined 0.5	tottering 0.5
xiù	fall 0.5	flat 0.5
xiú	tiny 1
xiả	pick 1
xiếc	circus 1
xiết	tighten 1
xiềng	chain 1
xiệc	circus 1
xiủ	faint 1
xki	ski 1
xo	sad 1
xoa	rub 1
xoa_diụ	placate 1
xoay	revolve 0.5	turn 0.5
xoay_quanh	around 0.5	turn 0.5
xoay_xở	contrive 1
xoaì	mango 0.4	tuong 0.1	voi 0.1	xiem 0.1	xoai 0.3
xoaý	whirl 1
xoe	round 1
xoi	dig 1
xoi_moí	captious 0.5	perforate 0.5
xong	complete 0.5	finish 0.5
xong_xuôi	complete 1
xoàn	diamond 1
xoá	erase 0.25	out 0.125	rub 0.125	wipe 0.5
xoá_sạch	eradicate 1
xoã	hang 1
xoè	open 0.5	spread 0.5
xoăn	curly 1
xoắn_xít	stick 1
xoắn_ốc	spiral 1
xteoit	steroid 1
xu	coin 1
xu_hướng	inclination 0.5	tendency 0.5
xu_nịnh	flatter 1
xu_thơì	opportunism 1
xu_thế	general 0.5	trend 0.5
xua_đuôỉ	abandon 0.5	away 0.25	drive 0.25
xui	incite 0.3333	unlucky 0.6667
xui_xeỏ	unlucky 1
xum_họp	gather 1
xung_khắc	incompatible 1
xung_phong	assault 1
xung_quanh	about 1
xung_yêú	important 1
xung_đột	conflict 1
xuyên	cross 0.3333	go 0.1667	pierce 0.3333	through 0.1667
xuyên_tạc	distort 1
xuyến	bracelet 1
xuân	spring 1
xuân_phân	equinox 0.5	spring 0.5
xuân_thu	autumn 0.5	spring 0.5
xuân_tiết	chinese 0.3333	new 0.3333	year 0.3333
xuí_bâỷ	abet 1
xuí_giục	abet 1
xuôi	down 1
xuôi_chiêù	agreeable 1
xuôi_dòng	down 0.5	stream 0.5
xuôi_vần	rhymed 1
xuýt	nearly 1
xuýt_xoát	about 0.5	nearly 0.5
xuất	out 0.5	pay 0.5
xuất_bản	publish 1
xuất_chinh	go 0.5	war 0.5
xuất_chúng	outstanding 1
xuất_cảng	export 1
xuất_dương	abroad 0.5	go 0.5
xuất_giá	married 1
xuất_hiện	appear 1
xuất_huyết	bleed 1
xuất_hành	go 0.5	out 0.5
xuất_khâủ	export 0.6667	exports 0.3333
xuất_phát	emit 1
xuất_sắc	excellent 1
xuất_thân	come 1
xuất_tinh	ejaculation 1
xuất_tinh_sớm	ejaculation 0.5	premature 0.5
xuất_trình	show 1
xuất_xứ	origin 0.5	source 0.5
xuề_xoà	easy 0.5	going 0.5
xuỉ_bọt	foam 1
xuống	down 0.375	fall 0.25	go 0.125	light 0.25
xuồng	boat 0.25	spade 0.5	whaleboat 0.25
xuổng	spade 1
xx_nghiã_là_gì	mean 0.3333	what 0.3333	xx 0.3333
xà	snake 1
xà_beng	crowbar 0.5	lever 0.5
xà_bông	shampoo 0.5	soap 0.5
xà_cạp	footwrap 0.5	puttee 0.5
xà_cừ	concha 1
xà_lan	barge 1
xà_lim	cell 1
xà_lách	salad 1
xà_nhà	beam 1
xà_phòng	soap 1
xá	bow 0.25	profoundly 0.25	salute 0.5
xá_tôị	pardon 1
xá_xị	beer 0.5	root 0.5
xác	corpse 1
xác_chết	corpse 1
xác_nhận	confirm 1
xác_thịt	sensual 1
xác_thực	real 0.5	true 0.5
xác_xơ	destitute 0.5	ragged 0.5
xác_đáng	exact 0.5	true 0.5
xác_định	define 1
xác_ướp	mummy 1
xách	carry 0.5	handle 0.5
xách_laị	bring 1
xám	gray 0.5	grey 0.5
xám_mặt	pale 1
xám_xịt	leaden 1
xán_lạn	bright 0.5	splendid 0.5
xát	rub 1
xâm_chiếm	invade 1
xâm_lược	aggression 0.25	aggressive 0.25	invade 0.5
xâm_nhập	filter 0.3333	penetrate 0.3333	trespass 0.3333
xâm_nhập_mặn	intrusion 0.5	salinity 0.25	saltwater 0.25
xâm_phạm	violate 1
xâu	string 0.5	thread 0.5
xâu_xé	tear 0.5	torment 0.5
xây	build 1
xây_dựng	build 0.6667	construct 0.3333
xây_mặt	away 0.5	turn 0.5
xây_xẩm	dizzy 0.5	giddy 0.5
xâú	bad 0.2857	dirty 0.1429	ugly 0.2857	worse 0.1429	wrong 0.1429
xâú_hổ	ashamed 1
xâú_nết	perverse 1
xâú_số	unlucky 1
xâú_xa	bad 0.5	dirty 0.5
xâú_xí	ugly 1
xã	commune 0.6	parish 0.2	village 0.2
xã_giao	relations 0.25	savoir 0.25	social 0.25	vivre 0.25
xã_hôị	general 0.1	public 0.1	social 0.2	society 0.6
xã_hôị_chủ_nghiã	socialism 0.3333	socialist 0.6667
xã_hôị_học	sociology 1
xã_hôị_đen	mafia 1
xã_luận	editorial 1
xã_tắc	land 0.5	state 0.5
xé	tear 1
xéc	set 1
xén	cut 0.5	trim 0.5
xét	set 1
xét_hoỉ	interrogate 0.5	question 0.5
xét_xử	decide 0.5	judge 0.5
xét_đoán	judge 1
xê	cee 1
xê_dịch	displace 0.5	move 0.5
xê_xích	inch 1
xêzi	caesium 1
xì	escape 0.5	leak 0.25	out 0.25
xì_gà	cigar 1
xì_muĩ	blow 0.5	nose 0.5
xì_xaò	buzz 0.5	whisper 0.5
xí_bệt	closet 0.25	toilet 0.5	water 0.25
xí_nghiệp	business 0.5	enterprise 0.5
xích_lô	cycle 0.25	pedicab 0.5	rickshaw 0.25
xích_mích	disagreement 1
xích_đaọ	equator 1
xích_đu	chair 0.25	rocking 0.25	swing 0.5
xít_ta_lin	stalin 1
xó	corner 1
xóc	shake 1
xóm	hamlet 1
xóm_giềng	neighborhood 1
xót	smart 0.5	sting 0.5
xót_dạ	suffer 1
xô	bucket 0.25	dash 0.25	push 0.25	rush 0.25
xô_bồ	gross 1
xô_viết	soviet 1
xô_đâỷ	push 1
xôn_xao	tumult 1
xông	exhale 0.5	rush 0.5
xôí	down 0.5	pour 0.5
xôí_xả	fast 0.5	thick 0.5
xù	fluff 0.5	out 0.5
xú_uế	fetid 1
xúc	scoop 0.25	shovel 0.5	up 0.25
xúc_cảm	emotion 1
xúc_giác	touch 1
xúc_phạm	hurt 1
xúc_tiến	promote 0.25	promotion 0.25	speed 0.125	stimulate 0.25	up 0.125
xúc_xiểm	instigate 1
xúc_xích	sausage 1
xúc_động	moved 1
xúm	cluster 0.5	gather 0.5
xăm	oracle 0.5	tattoo 0.5
xăm_bô	sambo 1
xăm_mình	tattoo 1
xăng	gasoline 0.6667	petrol 0.3333
xăng_duych_rare	sandwich 1
xơ	fibre 0.3333	nun 0.3333	thread 0.3333
xơ_xác	bare 0.5	denuded 0.5
xơí	turn 0.5	up 0.5
xưa	ancient 0.25	former 0.25	old 0.25	yesteryear 0.25
xưa_kia	formely 1
xưng_danh	intraduce 0.5	name 0.25	say 0.25
xưng_hô	call 1
xưng_tôị	confess 0.5	sin 0.5
xương	bone 1
xương_bả_vai	blade 0.5	shoulder 0.5
xương_cánh_tay	humerus 1
xương_cốt	bone 0.5	skeleton 0.5
xương_cụt	coccyx 0.5	tailbone 0.5
xương_hàm	jaw 1
xương_móc	bone 0.5	hamate 0.5
xương_rồng	cactus 1
xương_sườn	rib 1
xương_sống	backbone 0.5	spine 0.5
xương_xâủ	bony 1
xước	scratch 1
xướng	originate 1
xướng_danh	call 0.5	names 0.5
xưởng	factory 0.3333	mill 0.3333	workshop 0.3333
xưởng_in	house 0.5	printing 0.5
xạ_hương	musk 1
xạ_kích	fire 0.5	shoot 0.5
xạ_thủ	archer 0.3333	gunner 0.3333	man 0.1667	riffle 0.1667
xả	let 0.25	out 0.25	release 0.5
xả_thân	life 0.5	sacrifice 0.5
xấc	impolite 1
xấc_xược	pert 1
xấp_xỉ	about 0.5	apporoximate 0.5
xắc_xô	saxophone 1
xắn	roll 0.1667	tuck 0.1667	turn 0.1667	up 0.5
xắt	cut 0.5	slice 0.5
xẵng	rudely 1
xẹp	down 0.25	flat 0.5	go 0.25
xẻ	saw 0.5	split 0.5
xẻng	spade 1
xẻng_hót_rác	dustpan 1
xế	decline 0.5	slant 0.5
xếch	slanting 1
xếp	arrange 0.25	fold 0.25	pile 0.25	set 0.25
xếp_hàng	line 1
xếp_thành	form 1
xếp_thứ_tự	order 0.5	put 0.5
xếp_đặt	arrange 1
xỉ	cinder 0.5	slag 0.5
xịt	spray 1
xịt_nước_thơm	perfume 1
xỏ	slip 0.5	thread 0.5
xốc	lift 0.5	up 0.5
xốc_vác	hard 0.5	work 0.5
xốc_xếch	slovenly 0.5	untidy 0.5
xốp	soft 0.5	spongy 0.5
xốt	sauce 1
xổ	rush 1
xổ_số	lottery 1
xờ	ex 0.5	touch 0.5
xờ_mạnh	ess 1
xờ_nhẹ	ex 1
xờ_nặng	ess 1
xụt_xuì	whimper 1
xứ	country 0.5	region 0.5
xứ_sở	country 0.5	homeland 0.5
xức_dâù	oil 1
xứng_đáng	just 0.3333	suitable 0.3333	worthy 0.3333
xử	judge 0.5	try 0.5
xử_hoà	reconcile 1
xử_lý	dispose 0.1667	handle 0.1667	process 0.1667	settle 0.1667	treat 0.3333
xử_sự	behave 1
xử_thế	behave 1
xử_trí	act 0.5	discipline 0.5
xử_trảm	behead 1
xử_tử	condemn 0.5	death 0.5
y	he 0.5	him 0.5
y_chứng_đau_lưng	lumbago 1
y_học	medicine 1
y_khoa	medicine 1
y_nguyên	intact 0.5	unchanged 0.5
y_pha_nho_伊坡伩	spain 1
y_phục	clothes 0.5	garments 0.5
y_sĩ	physician 1
y_tá	nurse 1
y_tế	health 0.375	healthcare 0.25	medical 0.25	service 0.125
y_viện	hospital 1
yacôbê	jacob 1
yangon	yangon 1
yaroslavl	yaroslavl 1
yekaterinburg	yekaterinburg 1
yemen	yemen 1
ytecbi	ytterbium 1
ytri	yttrium 1
yên	quiet 0.25	saddle 0.25	unmoved 0.25	yen 0.25
yên_lặng	calm 0.3333	quiet 0.3333	silent 0.3333
yên_trí	convinced 1
yên_tĩnh	peace 0.5	quiet 0.5
yên_đaì	yantai 1
yên_ổn	peaceful 0.5	safe 0.5
yêng_hùng	heroic 0.5	swaggeringly 0.5
yêu	fall 0.3333	love 0.6667
yêu_chuộng	like 1
yêu_câù	ask 0.2222	demand 0.1111	request 0.2222	require 0.3333	requirement 0.1111
yêu_dâú	beloved 0.5	dear 0.5
yêu_kiêù	charming 0.5	graceful 0.5
yêu_ma	demon 0.5	ghost 0.5
yêu_quý	beloved 1
yêu_sách	require 1
yêu_thuật	sorcery 1
yêu_tinh	demon 0.3333	evil 0.3333	poltergeist 0.3333
yêú	feeble 0.3333	weak 0.6667
yêú_lược	elementary 1
yêú_nhân	important 0.5	person 0.5
yêú_tố	element 0.6667	factor 0.3333
yêú_đi	abate 1
yêú_điểm	essential 0.5	point 0.5
yêú_đuôí	feeble 0.5	weak 0.5
yêú_ớt	frail 1
yêủ	life 0.25	premature 0.5	short 0.25
yêủ_điêụ	graceful 1
yếm	brassiere 1
yếm_daĩ	bib 1
yếm_thế	pessimistic 1
yến	kilogramme 0.3333	swallow 0.3333	ten 0.3333
yến_mạch	oat 1
yến_tiệc	banquet 0.5	feast 0.5
yết	placard 0.5	post 0.5
yết_hâù	pharynx 1
yết_kiến	visit 1
yểm	hide 1
yểm_hộ	support 1
yểm_trợ	support 1
zealand	zealand 1
zira	zira 1
ziriconi	zirconium 1
zêrô	zero 1
à	ah 0.25	huh 0.25	oh 0.25	way 0.25
à_uôm	lump 0.5	together 0.5
á	aah 0.125	asia 0.25	asian 0.25	asiatic 0.25	oof 0.125
á_bí_tích	sacramental 1
á_châu	asia 1
á_khâủ	aphasia 1
á_kim	metalloid 1
á_phiện	opium 1
á_rập	arab 0.5	arabia 0.5
ác	crow 0.1	cruel 0.1	evil 0.1	fierce 0.1	good 0.05	malicious 0.1	rattling 0.05	raven 0.1	ripping 0.1	severe 0.1	sun 0.1
ác_bá	cruel 0.25	landlord 0.25	tyrant 0.25	village 0.25
ác_chiến	fiercely 0.25	fight 0.5	violently 0.25
ác_cảm	antipathy 0.2	aversion 0.2	bad 0.1	blood 0.1	enmity 0.2	feeling 0.1	ill 0.1
ác_liệt	fierce 0.5	violent 0.5
ác_là	magpie 1
ác_miệng	foul 0.5	mouthed 0.25	tongued 0.25
ác_mó	parrot 0.3333	shrew 0.3333	termagant 0.3333
ác_mô_ni_ca	mouth 0.5	organ 0.5
ác_mộng	nightmare 1
ác_nghiệt	cruel 0.25	harsh 0.25	spiteful 0.25	venomous 0.25
ác_phụ	wicked 0.5	woman 0.5
ác_quỷ	demon 0.5	fiend 0.5
ác_thú	beast 0.5	prey 0.5
ác_tà	declining 0.25	sun 0.25	sunset 0.5
ác_tâm	ill 0.1667	malice 0.3333	malignity 0.3333	will 0.1667
ác_tính	malign 0.5	malignant 0.5
ác_ôn	enemy 0.08333	hired 0.08333	killer 0.08333	like 0.125	ruffianly 0.25	thug 0.25	wicked 0.125
ác_ý	ill 0.1667	malice 0.3333	malignity 0.3333	will 0.1667
ách	bloated 0.1389	come 0.08333	feeling 0.08333	having 0.05556	standstill 0.25	stomach 0.05556	stop 0.1667	yoke 0.1667
ách_tắc_giao_thông	jam 0.5	traffic 0.5
ám	annoy 0.1667	darken 0.1667	obscure 0.1667	possess 0.1667	stain 0.1667	worry 0.1667
ám_chỉ	allude 0.3333	hint 0.3333	insinuate 0.3333
ám_haị	attempt 0.5	life 0.5
ám_hiêụ	coded 0.25	secret 0.25	signal 0.5
ám_muôị	dubious 0.25	shady 0.25	sinister 0.25	underhand 0.25
ám_sát	assassinate 0.6667	murder 0.3333
ám_thị	hint 0.25	insinuate 0.375	suggest 0.25	suggestion 0.125
ám_tả	dictation 1
ám_ảnh	haunt 0.25	haunting 0.125	obsess 0.25	obsession 0.25	worry 0.125
án	block 0.1	case 0.2	high 0.06667	narrow 0.06667	obstruct 0.2	sentence 0.2	table 0.06667	way 0.1
án_mạng	murder 1
án_ngữ	access 0.5	obstruct 0.5
án_phí	costs 0.25	expenses 0.25	law 0.25	legal 0.25
án_thư	high 0.3333	narrow 0.3333	table 0.3333
án_treo	sentence 0.5	suspended 0.5
án_tử_hình	death 0.5	penalty 0.25	sentence 0.25
áng	estimate 0.125	fleece 0.25	glorious 0.125	period 0.125	piece 0.125	remarkable 0.125	rough 0.125
áng_chừng	approximately 1
ánh	clove 0.1667	glare 0.1667	light 0.3333	luster 0.1667	lustre 0.1667
ánh_nắng	sunlight 0.5	sunshine 0.5
ánh_sáng	light 1
ánh_sáng_mặt_trơì	sunlight 1
ánh_sáng_sao	starlight 1
ánh_trăng	moonlight 1
ánh_đèn	lamplight 1
áp	affix 0.2	against 0.2	close 0.2	next 0.2	press 0.1	stand 0.1
áp_bức	oppress 0.5	oppression 0.5
áp_chaỏ	fried 0.25	half 0.25	saute 0.5
áp_chế	persecute 0.5	tyrannize 0.5
áp_dụng	application 0.1667	apply 0.3333	practice 0.1667	put 0.3333
áp_giaỉ	conduct 0.1667	escort 0.6667	under 0.1667
áp_lực	pressure 1
áp_suất	pressure 1
áp_taỉ	convoy 1
áp_tơí	dash 0.5	forward 0.5
áp_đaỏ	overpower 0.5	overwhelm 0.5
áp_đặt	force 0.5	impose 0.5
át	drown 1
át_bích	ace 0.5	spades 0.5
át_chuồn	ace 0.5	clubs 0.5
át_cơ	ace 0.5	hearts 0.5
át_rô	ace 0.5	diamonds 0.5
âm	female 0.125	lunar 0.125	negative 0.125	sound 0.25	syllable 0.125	yin 0.25
âm_ba	sound 0.5	wave 0.5
âm_cung	hades 0.5	hell 0.5
âm_cực	cathode 1
âm_dương	opposites 0.3333	yang 0.3333	yin 0.1667	ying 0.1667
âm_giai	scale 1
âm_giaỉ	musical 0.5	scale 0.5
âm_hành	copulation 0.1667	male 0.1667	organ 0.1667	penis 0.5
âm_hưởng	harmony 0.3333	music 0.3333	sonority 0.3333
âm_hạch	clitoris 1
âm_học	acoustics 1
âm_hồn	manes 0.3333	soul 0.3333	wraith 0.3333
âm_hộ	vulva 1
âm_khí	atmosphere 0.5	miasmatic 0.5
âm_luật	prosody 1
âm_lượng	volume 1
âm_lịch	calendar 0.5	lunar 0.3333	moon 0.1667
âm_mưu	plot 0.5	scheme 0.5
âm_nang	scrotum 1
âm_nhạc	game 0.08333	guessing 0.08333	music 0.5	satirical 0.125	songs 0.2083
âm_nhạc_cổ_điển	classical 0.5	music 0.5
âm_phủ	abaddon 0.3333	hades 0.3333	hell 0.3333
âm_sắc	colour 0.1667	timbre 0.3333	tone 0.5
âm_thanh	audio 0.3333	sound 0.6667
âm_thoa	diapason 0.3333	fork 0.1667	pitchl 0.3333	tuning 0.1667
âm_thầm	silent 1
âm_thần	godness 0.5	labia 0.5
âm_ti	abaddon 1
âm_tiết	syllable 1
âm_tín	news 1
âm_u	dreary 0.25	gloomy 0.25	gray 0.25	sombre 0.25
âm_vận	rhyme 1
âm_vật	clitoris 0.5	gernital 0.1667	organ 0.1667	woman's 0.1667
âm_vị	phoneme 1
âm_vị_học	phonemics 0.3333	phonology 0.6667
âm_vị_音素	phoneme 1
âm_đaọ	vagina 1
âm_điêụ	key 0.25	melody 0.25	strain 0.25	tune 0.25
âm_ấm	lukewarm 0.5	tepid 0.25	warmish 0.25
âm_ỉ	dull 0.25	lasting 0.25	smouldering 0.5
ân	favour 0.5	grace 0.5
ân_cần	solicitous 0.5	thoughtful 0.5
ân_giảm	mitigate 0.5	punishment 0.5
ân_huệ	favour 1
ân_hận	feel 0.3333	regret 0.1667	regretful 0.1667	repent 0.3333
ân_nghiã	feeling 0.5	gratitude 0.5
ân_nhân	benefactor 0.6667	benefactress 0.3333
ân_oán	gratitude 0.5	resentment 0.5
ân_tình	affection 0.1111	deep 0.2222	feeling 0.1111	full 0.2778	gratitude 0.2778
ân_xá	amnesty 0.75	grant 0.25
âu	crock 0.1	dockyard 0.2	just 0.2	perhaps 0.2	shipyard 0.2	small 0.1
âu_ca	chorus 0.3333	praises 0.3333	sing 0.3333
âu_châu	europe 1
âu_hoá	europeanisation 0.5	europeanize 0.5
âu_là	rather 0.5	would 0.5
âu_phục	clothes 0.25	european 0.5	suit 0.25
âu_sâù	melancholy 0.5	sad 0.5
âu_yếm	caress 0.5	fondle 0.5
âú_trùng	larva 1
âú_trĩ	childish 0.5	infantile 0.5
âú_trĩ_viên	kindergarten 1
âý	like 0.5	that 0.5
âủ	careless 0.3333	lax 0.3333	remiss 0.3333
âủ_đả	dogfight 0.5	row 0.5
âỷ	thrust 1
è_cổ	back 0.5	bending 0.5
éc	squeal 1
ém	cover 0.25	hush 0.25	up 0.5
ém_nhẹm	hush 0.25	smother 0.25	up 0.5
én	swallow 0.5	swift 0.5
ép	conpel 0.3333	force 0.3333	press 0.3333
ép_buộc	constrain 0.5	oblige 0.5
ép_lòng	constrain 1
ép_naì	insist 1
ép_uổng	compel 0.5	force 0.5
ép_xác	mortify 1
ét	ess 1
ê	ashamed 0.3333	hey 0.3333	numb 0.3333
ê_a	loudly 0.3333	read 0.3333	unceasingly 0.3333
ê_chề	shameful 1
ê_chệ	ashamed 0.5	shameful 0.5
ê_hề	abudant 0.5	profuse 0.5
ê_mặt	ashame 0.1667	ashamed 0.25	awkward 0.1667	feel 0.4167
êm	calm 0.25	smooth 0.25	soft 0.25	sweet 0.25
êm_aí	melodious 0.3333	mild 0.3333	sweet 0.3333
êm_diụ	gentle 0.3333	smooth 0.3333	sweet 0.3333
êm_ru	mild 0.25	plain 0.125	sailing 0.25	smooth 0.125	soft 0.25
êm_tai	ears 0.1667	melodious 0.3333	pleasant 0.1667	sweet 0.3333
êm_thấm	amicable 0.5	peaceful 0.5
êm_đềm	fond 0.3333	pleasant 0.3333	screne 0.3333
êm_ả	peaceful 0.5	quict 0.5
êm_ấm	harmonious 0.3333	tranquil 0.3333	united 0.3333
êm_ắng	noiseless 0.3333	quiet 0.3333	silent 0.3333
êpitrocoit	epitrochoid 1
êu	bad 0.25	bloody 0.25	faugh 0.25	phew 0.25
êu_ôi	faugh 0.5	phew 0.5
ì	inert 0.5	sluggish 0.5
ì_ạch	ploddingly 1
ì_ầm	rumble 1
ình	swell 1
ình_bụng	big 0.1667	bulge 0.3333	child 0.1667	swell 0.3333
ích	ex 0.5	use 0.5
ích_dụng	useful 1
ích_kỷ	seeking 0.25	sel 0.25	selfish 0.5
ích_lơị	henefit 0.5	usefulness 0.5
ích_mâũ	motherwort 1
ít	few 0.5	little 0.5
ít_bưã	days 0.5	few 0.5
ít_có	rare 0.5	scarce 0.5
ít_hơn	fewer 0.3333	least 0.3333	less 0.3333
ít_khi	earely 0.3333	seldom 0.6667
ít_lâu	little 0.5	while 0.5
ít_lâu_nay	lately 1
ít_lơì	few 0.5	words 0.5
ít_nhiêù	little 1
ít_nhất	least 1
ít_nhứt	least 1
ít_noí	close 0.25	little 0.25	mouthed 0.25	telling 0.25
ít_nưã	least 1
ít_oỉ	little 1
ít_tuôỉ	still 0.5	young 0.5
ò_e	fiddling 0.5	noise 0.5
òm	too 1
ó	eagle 1
óc	brain 1
óc_châm_biếm	dry 0.5	humour 0.5
óc_chó	walnut 1
óc_nóc	tadpole 1
óc_trâu	clotty 0.5	substance 0.5
óc_đâụ	curd 0.5	soy 0.5
óng	glossy 0.5	sleek 0.5
óng_chuốt	groomed 0.25	spruce 0.5	well 0.25
óng_mượt	glossy 0.5	velvety 0.5
óng_ánh	shining 1
óng_ả	lissome 1
óp	meager 1
óp_xọp	meager 1
ót	nape 0.5	neck 0.25	scruff 0.25
ót_ét	creak 0.3333	crind 0.3333	grate 0.3333
ô	suburd 0.5	umbrella 0.5
ô_chữ	crossword 0.5	puzzle 0.5
ô_danh	bad 0.5	reputation 0.5
ô_hay	well 0.5	why 0.5
ô_hô	alas 1
ô_hợp	heterogenous 0.5	motley 0.5
ô_laị	clerkdom 0.5	corrupt 0.25	extortionate 0.25
ô_liu	olive 1
ô_mai	apricot 0.2222	carambola 0.1111	dry 0.3333	salted 0.2222	sugared 0.1111
ô_nhiễm	polute 1
ô_nhiễm_tiếng_ồn	noise 0.5	pollution 0.5
ô_nhục	ignoble 0.5	ignominious 0.5
ô_rô	bear's 0.5	breech 0.5
ô_thước	crow 0.5	magpie 0.5
ô_trọc	corrupt 0.5	impure 0.5
ô_tô	automobile 0.5	motorcar 0.5
ô_tạp	hodge 0.1667	like 0.1667	miscellaneous 0.5	podge 0.1667
ô_tặc_cốt	bone 0.5	cuttle 0.5
ô_uế	dirty 0.3333	filthy 0.3333	impure 0.3333
ô_vuông	square 1
ôi	putrid 0.5	tainted 0.5
ôi_chao	alas 1
ôi_khét	rancid 1
ôi_thôi	alas 1
ôm	arms 0.25	embrace 0.25	hug 0.5
ôm_chân	fawn 1
ôm_chặt	hug 1
ôm_ghì	hug 1
ôm_trống	family 0.25	pregnant 0.5	way 0.25
ôm_đít	arse 0.5	lick 0.5
ôm_ấp	cuddle 0.25	embrace 0.25	nurse 0.25	nurture 0.25
ôn	review 0.25	revise 0.5	wen 0.25
ôn_con	devil 0.25	imp 0.5	little 0.25
ôn_dịch	bubonic 0.1667	epidemic 0.3333	plague 0.5
ôn_hoà	equable 0.25	even 0.125	middle 0.125	moderate 0.25	road 0.125	tempered 0.125
ôn_luyện	drill 0.5	review 0.5
ôn_tập	exams 0.1667	review 0.3333	revise 0.3333	swat 0.1667
ôn_tồn	mild 0.5	moderate 0.5
ôn_vật	devil 0.25	imp 0.5	little 0.25
ôn_đơí	temperate 0.5	zone 0.5
ôn_độ	temperature 1
ông	grandfather 0.25	mr 0.25	one 0.25	you 0.25
ông_anh	you 1
ông_ba_mươi	tiger 1
ông_bà	grandfather 0.5	grandmother 0.5
ông_bâù	manager 1
ông_cha	ancestors 0.3333	forbears 0.3333	forefathers 0.3333
ông_công	god 0.25	kitchen 0.25	lares 0.5
ông_cụ	elderly 0.1667	father 0.3333	gentleman 0.3333	old 0.1667
ông_gia	father 0.5	law 0.5
ông_già_noel	claus 0.5	santa 0.5
ông_già_nô_en	claus 0.5	santa 0.5
ông_già_santa	claus 0.5	santa 0.5
ông_laõ	advanced 0.1667	gentleman 0.4167	old 0.25	years 0.1667
ông_lớn	great 0.25	mandarin 0.5	mr 0.25
ông_mãnh	bachelor 0.25	deceased 0.25	mischievious 0.25	youth 0.25
ông_ngoaị	grandfather 0.75	maternal 0.25
ông_nôị	grandfather 0.75	paternal 0.25
ông_taó	god 0.25	kitchen 0.25	lares 0.5
ông_tơ	maker 0.5	match 0.5
ông_tướng	braggard 1
ông_từ	guardian 0.5	temple 0.5
ông_vaĩ	ancestor 1
ông_vaỉ	ancestor 1
ông_xanh	heaven 1
ông_xã	hubby 1
ông_âý	he 1
ông_điạ	earth 0.5	god 0.5
ông_ổng	noise 0.5	raucous 0.5
ôtô	car 1
ôxy	oxygen 1
ôí	all 0.1667	amnion 0.3333	over 0.1667	widespread 0.3333
ôí_daò	now 0.5	then 0.5
ôí_trơì_ơi	god 0.25	god's 0.25	oh 0.25	sake 0.25
ôỉ	guava 1
õng_eọ	capricious 0.3333	mincing 0.3333	whimsical 0.3333
ù	fast 0.5	swiftly 0.5
ùm	fool 0.25	huddle 0.5	hug 0.25
ú_oà	peekaboo 0.5	peepbo 0.5
ú_ớ	babble 0.5	stammer 0.5
ú_ụ	brimful 1
úc	australia 1
úc_châu	australia 1
úc_đaị_lơị	australia 1
úng	waterlogged 1
úp	over 0.25	turn 0.25	upturn 0.5
úp_mở	equivocal 1
út	little 0.25	smallest 0.25	youngest 0.5
ý	idea 0.2	italian 0.2	italo 0.2	italy 0.4
ý_chí	will 1
ý_kiến	feedback 0.1429	opinion 0.4286	opinions 0.1429	view 0.1429	views 0.1429
ý_kiến_công_chúng	opinion 0.5	public 0.5
ý_muốn	desire 0.5	wish 0.5
ý_nghiã	mean 0.5	sense 0.5
ý_nghĩ	idea 0.5	thought 0.5
ý_niệm	concept 0.3333	idea 0.3333	notion 0.3333
ý_thức	consciousness 1
ý_tưởng	idea 0.5	thought 0.5
ý_vị	meaningful 0.5	savoury 0.5
ý_đaị_lơị	italy 1
ý_định	idea 0.5	intention 0.5
ăm_ắp	overbrimmed 1
ăn	consume 0.1667	eat 0.3333	feed 0.1667	have 0.08333	take 0.08333	to 0.1667
ăn_bám	live 0.5	sponge 0.5
ăn_bận	dress 1
ăn_bốc	eat 0.5	fingers 0.5
ăn_bớt	appropriate 0.05556	cahoots 0.1667	collusion 0.1667	confederacy 0.1667	off 0.05556	part 0.05556	pickings 0.1667	profits 0.05556	rake 0.05556	stealthy 0.05556
ăn_chay	diet 0.3333	keep 0.3333	vegetarian 0.3333
ăn_chơi	debauched 0.1111	depravity 0.1667	dissipation 0.1667	indulge 0.1667	life 0.1111	live 0.1111	sink 0.1667
ăn_chắc	sure 1
ăn_chặn	appropriate 0.5	part 0.5
ăn_chẹt	advantage 0.5	unfair 0.5
ăn_cá	bet 0.5	win 0.5
ăn_cánh	collusion 0.5	sides 0.5
ăn_cơm	eat 0.5	meal 0.5
ăn_cơm_tháng	board 1
ăn_cươí	attend 0.5	wedding 0.5
ăn_cướp	rob 1
ăn_cắp	filch 0.25	pilfer 0.25	steal 0.5
ăn_cỗ	attend 0.25	banquet 0.25	feast 0.5
ăn_da	caustic 1
ăn_diện	dress 0.25	smartly 0.25	stylish 0.5
ăn_gian	cheat 1
ăn_giaỉ	prize 0.5	win 0.5
ăn_giá	bargain 0.25	come 0.25	strike 0.25	terms 0.25
ăn_haị	eat 0.1667	head 0.1667	live 0.25	off 0.1667	parasite 0.25
ăn_hiếp	bully 0.5	tyrannize 0.5
ăn_hoa_hồng	commission 0.5	receive 0.5
ăn_hoỉ	propose 0.5	ritually 0.5
ăn_hôí_lộ	bribe 1
ăn_học	study 1
ăn_không	appropriate 0.3333	idleness 0.1667	live 0.1667	out 0.1667	trick 0.1667
ăn_khớp	fit 0.5	tally 0.5
ăn_kiêng	diet 1
ăn_lan	enlarge 0.5	spread 0.5
ăn_laĩ	profits 1
ăn_làm	living 0.5	work 0.5
ăn_lơì	advice 0.5	obey 0.5
ăn_lương	receive 0.5	salary 0.5
ăn_maỳ	beg 0.5	beggar 0.5
ăn_mòn	away 0.1667	corrode 0.3333	eat 0.1667	erode 0.3333
ăn_mặc	dress 1
ăn_mặc_sang_trọng	dress 0.5	up 0.5
ăn_mặc_đàng_hoàng	dress 0.5	up 0.5
ăn_mặn	eat 0.5	meat 0.5
ăn_mừng	celebrate 1
ăn_mừng_nhà_mơí	house 0.5	warming 0.5
ăn_nhịp	tune 1
ăn_noí	express 0.3333	say 0.3333	speak 0.3333
ăn_năn	eat 0.1111	humble 0.1111	pie 0.1111	repent 0.3333	repentance 0.1667	show 0.1667
ăn_nằm	accommodated 0.3333	lodged 0.3333	sleep 0.1667	together 0.1667
ăn_nằm_vơí_ai	love 1
ăn_quịt	eat 0.1667	evade 0.25	paying 0.4167	without 0.1667
ăn_rôĩ	devour 0.5	voraciously 0.5
ăn_sương	bird 0.25	night 0.25	streets 0.25	walk 0.25
ăn_sống	eat 0.3333	food 0.3333	uncooked 0.3333
ăn_tham	gluttonous 0.5	greedy 0.5
ăn_thua	it 0.1667	make 0.1667	succeed 0.5	to 0.1667
ăn_thưà	eat 0.5	remains 0.5
ăn_thề	brotherhood 0.25	oath 0.5	swear 0.25
ăn_thịt_đồng_loaị	cannibalism 1
ăn_thử	food 0.25	sample 0.25	taste 0.5
ăn_tiêu	money 0.5	spend 0.5
ăn_tiền	bribes 0.5	bring 0.1667	good 0.1667	results 0.1667
ăn_tiệc	attend 0.25	banquet 0.25	feast 0.5
ăn_trâù	paan 1
ăn_trưa	lunch 1
ăn_trộm	burgle 0.3333	steal 0.6667
ăn_tôí	supper 1
ăn_tạp	gobble 1
ăn_tết	celebrate 0.3333	new 0.3333	year 0.3333
ăn_uống	drink 0.1667	eat 0.1667	entertain 0.1667	feasts 0.3333	lavishly 0.1667
ăn_vã	eat 0.3333	rice 0.3333	without 0.3333
ăn_vạ	down 0.3333	sit 0.3333	stage 0.3333
ăn_vụng	eat 0.5	sly 0.25	stealthily 0.25
ăn_xin	beg 1
ăn_xén	graft 1
ăn_xôỉ	eat 0.25	impatient 0.25	prematurely 0.25	result 0.25
ăn_ý	acting 0.2778	another 0.1667	harmoniously 0.1667	perfect 0.1111	sympathize 0.1667	teamwork 0.1111
ăn_đường	during 0.1667	provisions 0.1667	spend 0.1667	travel 0.3333	use 0.1667
ăn_đứt	better 0.5	over 0.25	prevail 0.25
ăn_ở	accommodated 0.25	behave 0.25	conduct 0.25	housed 0.25
ăngten	aerial 1
đa	banyan 0.1667	many 0.5	much 0.1667	tree 0.1667
đa_baò	pluricellular 1
đa_bôị	pplypoid 1
đa_canh	polyculture 1
đa_cảm	emotional 0.3333	sensitive 0.3333	sentimental 0.3333
đa_cực	multipolar 1
đa_diện	polyhedron 1
đa_dâm	lascivious 0.3333	lewd 0.3333	oversexed 0.3333
đa_dạng	diversified 0.5	multiform 0.5
đa_dạng_sinh_học	biodiversity 1
đa_dục	senmal 1
đa_giác	polygon 0.6667	polygonal 0.3333
đa_huyết	sanguine 1
đa_hình	polymorphic 0.5	polymorphous 0.5
đa_hôn	polygamous 1
đa_hộc	just 0.3333	quarried 0.3333	stone 0.3333
đa_khoa	general 0.5	practice 0.5
đa_liên	polyvalent 1
đa_mang	mind 0.5	set 0.5
đa_mưu	cunning 0.5	wily 0.5
đa_nghi	distrustfull 0.5	suspicious 0.5
đa_nghiã	polysemantic 1
đa_nguyên	polygenetic 1
đa_phu	polyandrous 0.5	polygamous 0.5
đa_phương	multilateral 1
đa_phương_tiện	multimedia 1
đa_phần	most 0.5	mostly 0.3333	part 0.1667
đa_quốc_gia	multinational 1
đa_sinh_tố	polyvitamin 1
đa_sâù	melancholy 1
đa_số	generality 0.5	majority 0.5
đa_sự	behaving 0.1667	busybody 0.1667	like 0.1667	meddlesome 0.5
đa_taì	talent 0.5	versatile 0.5
đa_thê	polygamoug 0.5	polygynous 0.5
đa_thần_giaó	polytheism 1
đa_thọ	live 0.5	long 0.5
đa_thức	polynomical 1
đa_trị	polyvalent 1
đa_tình	amorous 0.5	sentimental 0.5
đa_túc	myriapod 1
đa_tạ	deep 0.1111	express 0.1111	graceful 0.3333	gratitude 0.1111	heartfelt 0.1111	show 0.1111	thanks 0.1111
đa_âm	polyphonic 0.5	polysyllabic 0.5
đa_âm_tiết	polysyllabic 1
đa_đinh	having 0.3333	many 0.3333	sons 0.3333
đa_đoan	complicate 0.5	tangled 0.5
đai	band 0.2	bear 0.2	belt 0.2	embroider 0.2	hoop 0.2
đai_truyền	belt 0.5	driving 0.5
đai_ốc	nut 0.5	screw 0.5
đam	indulge 0.5	queen 0.5
đam_mê	indulge 0.3333	passion 0.3333	passionate 0.3333
đan	knit 0.6667	weavear 0.3333
đan_lát	knit 1
đan_mạch	denmark 1
đan_quế	cinnamon 0.25	moon 0.5	red 0.25
đan_trì	canopied 0.25	dais 0.25	throne 0.5
đan_tâm	constancy 0.5	loyalty 0.5
đang	be 0.5	process 0.5
đang_khi	while 1
đang_làm	about 1
đang_nở_hoa	abloom 1
đanh	dry 0.1	hard 0.3	hardened 0.2	impessive 0.2	sharp 0.2
đanh_thép	incisive 0.5	trenchant 0.5
đao	knife 1
đao_kiếm	weapons 1
đao_phủ	excutioner 0.3333	hangman 0.3333	headsman 0.3333
đau	ache 0.1111	aching 0.1111	diseased 0.1111	hurt 0.1111	ill 0.1111	pain 0.1111	sick 0.1111	sore 0.1111	tender 0.1111
đau_buồn	desolate 0.5	distressed 0.5
đau_bụng	colic 1
đau_dạ_daỳ	stomachache 1
đau_họng	sore 0.5	throat 0.5
đau_khổ	feel 0.25	great 0.1667	misery 0.1667	suffer 0.1667	wretched 0.25
đau_lòng	arguish 0.1667	deep 0.1667	feel 0.3333	great 0.1667	grief 0.1667
đau_lưng	backache 1
đau_mắt	eyes 0.5	sore 0.5
đau_nau	labour 0.5	pains 0.5
đau_răng	toothache 1
đau_xót	anguish 0.25	feel 0.5	great 0.25
đau_đaú	anxious 0.25	feel 0.25	tenterhooks 0.5
đau_đâù	headache 1
đau_đẻ	labour 0.5	pain 0.5
đau_đớn	painful 0.5	sorrowful 0.5
đau_ốm	ail 0.5	ill 0.5
đay	jute 1
đay_nghiến	complain 0.25	grumble 0.5	sullen 0.25
đay_đaỷ	flatly 1
đaì	estrade 0.5	stage 0.25	tower 0.25
đaì_bắc	taipei 1
đaì_các	affected 0.5	snobbish 0.5
đaì_gương	born 0.1111	high 0.1111	lady 0.3333	mirror's 0.1667	support 0.1667	woman 0.1111
đaì_kỷ_niệm	memorial 0.5	momment 0.5
đaì_loan	china 0.25	republic 0.25	taiwan 0.5
đaì_nam	tainan 1
đaì_phun_nước	fountain 1
đaì_thiên_văn	observatory 1
đaì_thọ	bear 1
đaì_trung	taichung 1
đaì_truyền_hình	station 0.5	television 0.5
đaì_tưởng_niệm	monument 1
đaì_điếm	indecent 0.5	luxurious 0.5
đaí	pee 0.3333	urinate 0.3333	water 0.3333
đaí_dầm	bed 0.5	wet 0.5
đaí_thaó	affected 0.5	diabetes 0.5
đaí_thaó_đường	diabetes 1
đaí_tật	age 0.3333	ailing 0.3333	because 0.3333
đaí_đường	affected 0.3333	diabetes 0.3333	mellitus 0.3333
đaò	dig 0.25	escape 0.1667	peach 0.3333	unearth 0.1667	up 0.08333
đaò_binh	deserter 1
đaò_bơí	call 0.125	curse 0.125	dig 0.25	excavate 0.25	names 0.125	swear 0.125
đaò_hoa	love 0.5	lucky 0.5
đaò_kiểm	cheeks 0.25	girl 0.25	peach 0.25	rosy 0.25
đaò_kép	actors 0.5	actresses 0.5
đaò_luyện	coach 0.5	train 0.5
đaò_lộn_hột	cashew 1
đaò_mỏ	digger 0.125	exploit 0.25	fortune 0.125	gold 0.125	hunter 0.125	mine 0.25
đaò_nguyên	elysium 0.5	fairies 0.25	home 0.25
đaò_ngũ	desert 1
đaò_nương	geisha 0.5	girl 0.25	singsong 0.25
đaò_sâu	examine 0.5	thoroughly 0.5
đaò_taọ	create 0.25	form 0.25	train 0.25	training 0.25
đaò_thaỉ	eliminate 1
đaò_tâủ	away 0.1667	flee 0.3333	flight 0.3333	run 0.1667
đaò_viên	taoyuan 1
đaó	attain 0.5	reach 0.5
đaó_lý	logical 0.5	reasonable 0.5
đaó_nhiệm	assume 0.3333	come 0.3333	responsibility 0.3333
đaó_đâù	close 0.25	draw 0.25	end 0.25	near 0.25
đaý	bed 0.25	bottom 0.5	soat 0.25
đaĩ	treat 0.5	wash 0.5
đaĩ_nghiã	cause 0.25	duty 0.25	great 0.5
đaĩ_ngộ	behave 0.5	treat 0.5
đaĩ_đằng	entertain 0.5	treat 0.5
đaị	big 0.25	great 0.25	much 0.25	very 0.25
đaị_anh	britain 0.5	great 0.5
đaị_baị	bitter 0.3333	defeat 0.3333	suffer 0.3333
đaị_binh	army 0.5	great 0.5
đaị_biêủ	delegate 0.4	deputy 0.2	representative 0.4
đaị_biêủ_hđnd	council 0.3333	deputy 0.3333	people's 0.3333
đaị_biêủ_quốc_hôị	assembly 0.25	deputy 0.5	national 0.25
đaị_biến	change 0.5	great 0.5
đaị_biện	charge 0.5	d'affaires 0.5
đaị_bàng	eagle 1
đaị_bàng_philippines	eagle 0.5	philippine 0.5
đaị_bác	cannon 0.3333	gun 0.6667
đaị_bản_doanh	general 0.5	headquarters 0.5
đaị_chiến	great 0.25	war 0.5	world 0.25
đaị_chiến_công	arms 0.3333	feat 0.3333	great 0.3333
đaị_châu	continent 1
đaị_chúng	masses 0.3333	people 0.3333	popular 0.3333
đaị_chúng_hoá	popularize 1
đaị_cà_sa	diffuse 0.5	verbose 0.5
đaị_công_nghiệp	industry 0.3333	large 0.3333	scale 0.3333
đaị_công_phu	elaborate 1
đaị_cương	general 0.5	idea 0.5
đaị_cục	big 0.5	picture 0.5
đaị_danh	fame 0.25	great 0.5	renown 0.25
đaị_diện	court 0.3333	room 0.3333	royal 0.3333
đaị_dương	ocean 1
đaị_gia	aristocratic 0.3333	family 0.3333	great 0.3333
đaị_gia_súc	cattle 1
đaị_gia_đình	community 0.25	family 0.25	great 0.5
đaị_gian_hùng	arch 0.5	knave 0.5
đaị_hoàng	rhubarb 1
đaị_hàn	cold 0.5	spell 0.5
đaị_hàn_dân_quốc	korea 0.5	republic 0.5
đaị_hình	court 0.3333	high 0.3333	sriminal 0.3333
đaị_hôị	assembly 0.1	congress 0.4	festival 0.2	general 0.2	meeting 0.1
đaị_hôị_liên_hoan	festival 1
đaị_hôị_đồng	assembly 0.5	general 0.5
đaị_hùng_tinh	bear 0.5	great 0.5
đaị_hạn	drought 1
đaị_học	education 0.1667	higher 0.1667	school 0.3333	university 0.3333
đaị_hồng_phúc	blessing 0.5	great 0.5
đaị_hồng_thuỷ	deluge 1
đaị_khánh	daqing 1
đaị_liên	dalian 1
đaị_luân_đôn	greater 0.5	london 0.5
đaị_lộ	avenue 0.5	boulevard 0.5
đaị_lục	continent 0.5	mainland 0.5
đaị_lục_á_âu	eurasia 1
đaị_lục_âu_á	eurasia 1
đaị_mạch	barley 1
đaị_naó	raise 0.5	uproar 0.5
đaị_naõ	brain 1
đaị_nghị	parliamentary 1
đaị_nghịch	high 0.5	treason 0.5
đaị_nguyên_soaí	grand 0.5	marsal 0.5
đaị_ngàn	jungle 1
đaị_ngôn	big 0.25	bombastic 0.5	talking 0.25
đaị_nhaỷ_vọt	forward 0.3333	great 0.3333	leap 0.3333
đaị_nho	great 0.5	scholar 0.5
đaị_nhân	excellency 1
đaị_phaó	cannon 1
đaị_số	algebra 1
đaị_số_học	algebra 0.5	algebraic 0.5
đaị_số_tuyến_tính	algebra 0.5	linear 0.5
đaị_sứ	ambassador 1
đaị_sứ_quán	embassy 1
đaị_sự	business 0.25	great 0.25	important 0.25	work 0.25
đaị_tu	overhaul 1
đaị_tây_dương	atlantic 0.5	ocean 0.5
đaị_từ	pronoun 1
đaị_tự	big 0.4167	calligraphic 0.1667	character 0.25	sing 0.1667
đaị_tự_baó	dazibao 1
đaị_ý	general 0.25	gist 0.5	idea 0.25
đaị_đăng_khoa	graduate 1
đaị_đảm	audacity 0.5	cougare 0.25	great 0.25
đaị_đồng	datong 1
đaị_động_mạch	aorta 1
đaọ	road 0.5	way 0.5
đaọ_chích	thief 1
đaọ_cô	properties 1
đaọ_diễn	direct 0.5	stage 0.5
đaọ_do_thaí	judaism 1
đaọ_gia	taoism 1
đaọ_giaó	taoism 0.6667	taoist 0.3333
đaọ_hoàng_laõ	taoism 1
đaọ_hàm	derivative 1
đaọ_hôì	muslim 1
đaọ_hưũ	co 0.5	religionist 0.5
đaọ_laõ	taoism 0.5	taoist 0.5
đaọ_luật	law 1
đaọ_maọ	imposing 0.5	stately 0.5
đaọ_nghiã	moral 0.5	principl 0.5
đaọ_phật	buddhism 0.5	buddhist 0.5
đaọ_sĩ	hermit 0.5	taoist 0.5
đaọ_tặc	robbers 0.5	thieves 0.5
đaọ_ôn	piriculariose 1
đaọ_đức	morality 0.6667	morals 0.3333
đaọ_đức_giả	hypocrisy 1
đaọ_đức_học	ethics 1
đaỏ	bag 0.2	island 0.4	isle 0.2	pray 0.2
đaỏ_anh	britain 1
đaỏ_britain	britain 0.5	great 0.5
đaỏ_chánh	overthrow 0.5	state 0.5
đaỏ_chính	coup 0.3333	d'etat 0.3333	stage 0.3333
đaỏ_hokkaido	hokkaido 1
đaỏ_hokkaidō	hokkaido 1
đaỏ_lộn	upset 1
đaỏ_ngoí	adjust 0.3333	re 0.3333	tiles 0.3333
đaỏ_ngược	reverse 0.5	upset 0.5
đaỏ_phục_sinh	easter 0.5	island 0.5
đaỏ_san_hô	coral 0.5	island 0.5
đaỏ_vũ	hold 0.3333	prayer 0.3333	rain 0.3333
đaỏ_điên	shifty 1
đaỳ	banish 0.5	exile 0.5
đaỳ_aỉ	down 0.125	grind 0.125	ill 0.125	opress 0.25	persecute 0.25	treat 0.125
đaỳ_tớ	agent 0.3333	hireling 0.3333	servant 0.3333
đaỳ_đoạ	ill 0.25	misure 0.5	treat 0.25
đbqh	assembly 0.3333	deputy 0.3333	national 0.3333
đbscl	delta 0.5	mekong 0.5
đcsvn	communist 0.3333	party 0.3333	vietnam 0.3333
đe	anvil 1
đe_doạ	menace 0.5	threaten 0.5
đem	bring 0.5	carry 0.5
đem_laị	bring 1
đem_lòng	entertian 0.5	feeling 0.5
đem_sang	carry 0.5	over 0.5
đem_theo	take 1
đem_thân	life 0.5	risk 0.5
đem_về	in 0.3333	take 0.3333	to 0.3333
đen	black 0.6667	unlucky 0.3333
đen_bạc	ungrateful 1
đen_giòn	attractively 0.5	tawny 0.5
đen_kịt	black 0.75	inky 0.25
đen_nghịt	crowed 0.5	overcrowed 0.5
đen_ngòm	black 0.25	dark 0.25	picth 0.5
đen_nhánh	black 0.5	shining 0.5
đen_sì	black 1
đen_thui	black 1
đen_tôí	dark 1
đen_đuỉ	bad 0.3333	black 0.3333	unlucky 0.3333
đen_đỏ	luck 1
đeo	carry 0.25	put 0.25	wear 0.5
đeo_vaò	put 1
đeo_đuôỉ	follow 0.25	pursue 0.5	up 0.25
đeò	along 0.3333	carry 0.3333	mountain 0.1667	pass 0.1667
đeò_bòng	burdened 1
đeò_bồng	burdened 1
đeò_hàng	luggage 0.5	rack 0.5
đeò_đeõ	glued 0.25	hang 0.5	remain 0.25
đeó	bloody 0.1667	damn 0.1667	fuck 0.6667
đeõ	cut 0.5	squeeze 0.5
đeõ_gọt	carefullyat 0.25	polish 0.5	whittle 0.25
đi	depart 0.2	go 0.2	lead 0.1	march 0.1	off 0.1	play 0.1	walk 0.1	wear 0.1
đi_biệt	forever 0.5	leave 0.5
đi_bộ	foot 0.3333	walk 0.6667
đi_bộ_đôị	army 0.5	join 0.5
đi_chân	foot 1
đi_chơi	go 0.25	out 0.75
đi_cuỉ	fetch 0.5	wood 0.5
đi_câù	go 0.5	stool 0.5
đi_công_tác	business 0.5	trip 0.5
đi_daọ	go 0.125	sholl 0.25	stroll 0.25	walk 0.375
đi_giaỉ	urinate 0.5	water 0.5
đi_giường	bed 1
đi_iả	shit 1
đi_kiết	affected 0.5	dysentery 0.5
đi_laị	entertain 0.25	intimacy 0.25	intimate 0.25	terms 0.25
đi_làm	business 0.1667	go 0.5	work 0.3333
đi_lính	go 0.5	soldiering 0.5
đi_mua_hàng	shop 1
đi_nghỉ	go 0.125	holiday 0.125	rest 0.375	spend 0.125	vacation 0.25
đi_ngủ	bed 0.6667	go 0.3333
đi_nằm	bed 0.25	go 0.5	rest 0.25
đi_qua	go 0.25	pass 0.5	past 0.25
đi_ra	discharge 0.5	go 0.1667	house 0.1667	out 0.1667
đi_rưả	diarrhoea 1
đi_sâu	deep 0.25	delve 0.5	go 0.25
đi_thăm	visit 1
đi_tiêu	shit 1
đi_trốn	flee 0.5	fly 0.5
đi_tu	go 0.25	monastery 0.25	vow 0.5
đi_tuần	go 0.5	patrol 0.25	round 0.25
đi_tây	bucket 0.125	bust 0.25	go 0.25	kick 0.125	pot 0.125	west 0.125
đi_tù	go 0.5	prison 0.5
đi_tơ	mate 1
đi_tả	cholera 0.5	suffer 0.5
đi_tắt	cut 0.5	short 0.5
đi_vaò	enter 0.5	put 0.5
đi_vòng	balls 0.1667	ddi 0.05556	down 0.08333	dress 0.08333	roundabout 0.05556	route 0.05556	talk 0.1667	talking 0.1667	testicle 0.1667
đi_văng	couch 0.6667	divan 0.3333
đi_vắng	absent 1
đi_xe_đạp	cycling 1
đi_đaí	pee 0.5	water 0.5
đi_đaỳ	banished 0.5	deported 0.5
đi_đi	chop 1
đi_đi_mau	chop 1
đi_đôi	go 0.25	match 0.5	together 0.25
đi_đơì	bust 0.25	dog 0.25	go 0.5
đi_đất	barefoot 0.5	go 0.5
đi_đứng	gait 1
đinamit	dynamite 1
đingo	dingo 1
đinh	nail 1
đinh_ba	treident 1
đinh_ghim	pin 1
đinh_hương	close 0.5	clove 0.5
đinh_khuy	headed 0.3333	ring 0.3333	woodscrew 0.3333
đinh_ốc	screw 1
đisprozi	dysprosium 1
đià	pond 1
điã	chainwheel 0.1667	disc 0.1667	discus 0.1667	dish 0.3333	plate 0.1667
điã_bay	flying 0.4167	object 0.1667	saucer 0.25	unidentified 0.1667
điên	crazy 0.1429	insane 0.2857	mad 0.2857	mind 0.07143	out 0.07143	rabid 0.1429
điên_cuồng	frenze 0.25	ied 0.25	rabid 0.5
điên_daị	insane 0.5	mad 0.5
điên_khùng	enraged 0.5	fly 0.25	rage 0.25
điên_loạn	delirious 0.5	hysterical 0.5
điên_rồ	foolish 1
điên_tiết	anger 0.1111	boil 0.1111	fly 0.1667	foam 0.1667	over 0.1111	passion 0.1667	rage 0.1667
điên_điển	cork 1
điêu	lying 0.25	prone 0.25	untruthful 0.5
điêu_khắc	sculpture 1
điêu_trá	craftly 0.5	untruthful 0.5
điêù	clause 0.1	even 0.1	fact 0.1	happening 0.1	occurrence 0.1	point 0.1	pretext 0.1	sentence 0.1	thing 0.1	word 0.1
điêù_bí_mật	secret 1
điêù_chỉnh	adjust 0.5	adjustment 0.25	amend 0.25
điêù_ghê_tởm	abhorrence 1
điêù_khiển_được	dirigible 1
điêù_khoản	clause 0.6667	provition 0.3333
điêù_kiện	condition 0.5	terms 0.5
điêù_luật	article 0.5	law 0.5
điêù_răn	commandment 1
điêù_sai_quâý	guilt 1
điêù_tra	census 0.3333	inquire 0.3333	investigate 0.3333
điêù_tra_dân_số	census 1
điêù_ước	treaty 1
điêú	bubble 0.08333	condole 0.08333	death 0.08333	hookah 0.25	hubble 0.08333	pipe 0.3333	somebody's 0.08333
điêú_thuốc_lá	cigarette 1
điêụ	air 0.1111	airs 0.03704	carriage 0.1111	figure 0.1111	fine 0.03704	giving 0.03704	key 0.1111	mannered 0.1111	match 0.05556	medoly 0.1111	off 0.05556	tune 0.1111
điêụ_muá	dance 1
điêụ_muá_thoát_y	striptease 1
điêụ_nhaỷ	dance 1
điôxít_cacbon	carbon 1
điù_hiu	gloomy 1
điạ	glance 1
điạ_bàn	action 0.25	area 0.5	field 0.25
điạ_bạ	cadastre 1
điạ_chi	branch 0.5	earthly 0.5
điạ_chí	monography 1
điạ_chính	land 0.5	office 0.5
điạ_chấn	earthquake 0.5	seism 0.5
điạ_chấn_học	seismology 1
điạ_chấn_ký	seismograph 1
điạ_chấn_kế	seismometer 1
điạ_chất_học	geology 1
điạ_chỉ	address 0.5	destination 0.25	direction 0.25
điạ_chủ	landlady 0.3333	landlord 0.3333	landowner 0.3333
điạ_các	area 0.5	chin 0.5
điạ_câù	earth 0.6667	globe 0.3333
điạ_cực	earth's 0.5	poles 0.5
điạ_danh	name 0.25	place 0.25	toponym 0.5
điạ_dư	geography 1
điạ_giơí	border 0.5	frontier 0.3333	line 0.1667
điạ_hoá_học	geochemistry 1
điạ_khai_hoá	terraforming 1
điạ_lý_học	geography 1
điạ_maọ	geomorphology 1
điạ_ngục	abaddon 0.25	hell 0.5	inferno 0.25
điạ_phương	area 0.1667	local 0.3333	localities 0.1667	locality 0.1667	region 0.1667
điạ_sinh	subterranean 1
điạ_thế	terrain 1
điạ_trung_haỉ	mediterranean 0.5	sea 0.5
điạ_tầng	layer 0.5	strata 0.5
điạ_từ	geomagnetism 1
điạ_vị	position 0.5	rank 0.5
điạ_vực	territory 1
điạ_y	lichen 1
điạ_đaọ	tunnel 1
điạ_điểm	location 0.5	point 0.25	situation 0.25
điạ_đâù	area 0.5	border 0.5
điạ_đồ	map 1
điạ_ốc	estate 0.5	real 0.5
điạ_ốc_ngân_hàng	bank 0.5	land 0.5
điạ_ốc_viên	realtor 1
điả	leech 1
điả_trâu	horse 0.5	leech 0.5
điếc	deaf 0.5	dud 0.25	stunted 0.25
điếm	observation 0.1667	post 0.3333	prostitute 0.3333	watch 0.1667
điền	field 0.3333	fill 0.3333	land 0.3333
điền_trang	ranch 1
điểm	dot 0.3333	mark 0.3333	point 0.3333
điểm_cận_nhật	perihelion 1
điểm_cận_điạ	perigee 1
điểm_ghi_bằng_phấn	chalk 1
điểm_lagrange	lagrange 0.5	point 0.5
điểm_phân	equinox 1
điểm_tâm	dim 0.5	sum 0.5
điểm_viễn_nhật	aphelion 1
điểm_viễn_điạ	apogee 1
điển	classic 0.25	like 0.1667	look 0.1667	reference 0.25	swell 0.1667
điển_hình	icon 0.5	portrait 0.5
điển_tích	classic 0.5	reference 0.5
điện	court 0.07143	current 0.07143	electric 0.07143	electricity 0.2857	eletricity 0.1429	hall 0.07143	power 0.1429	temple 0.1429
điện_baó	telegraph 1
điện_capitol_hoa_kỳ	capitol 1
điện_cực	electrode 1
điện_giật	electric 0.5	shock 0.5
điện_khí_hoá	electrification 1
điện_mặt_trơì	power 0.5	solar 0.5
điện_năng	electricity 1
điện_thoaị	phone 0.3333	telephone 0.6667
điện_thoaị_cầm_tay	cell 0.25	mobile 0.25	phone 0.5
điện_thoaị_di_động	cell 0.25	mobile 0.25	phone 0.5
điện_thoaị_thông_minh	smartphone 1
điện_thoaị_viên	telephonist 1
điện_toán_hoá	computerization 1
điện_toán_đám_mây	cloud 0.5	computing 0.5
điện_tâm_đồ	electrocardiogram 1
điện_tích	charge 0.5	electric 0.5
điện_từ	electromagnetic 1
điện_từ_học	electromagnetism 1
điện_tử	electron 1
điện_tử_học	electronics 1
điện_ảnh	cinema 0.3333	film 0.3333	movie 0.3333
điệp	butterfly 0.25	letter 0.125	message 0.125	official 0.25	repeat 0.25
đo	measure 0.75	out 0.25
đo_lường	determine 0.25	measures 0.5	weights 0.25
đo_ván	knock 0.5	out 0.5
đo_đạc	survey 1
đo_đất	length 0.5	measure 0.5
đoan	custom 1
đoan_chính	decent 0.5	serious 0.5
đoan_trang	crrect 0.5	decent 0.5
đoan_trinh	chaste 0.5	decent 0.5
đoaì	eight 0.1111	figuge 0.1111	occident 0.3333	sign 0.1111	west 0.3333
đoaí	condenscend 0.25	deign 0.25	longing 0.25	remember 0.25
đoaí_tưởng	think 1
đoi	arse 1
đom_đóm	fire 0.125	firefly 0.25	fly 0.125	glow 0.125	luciola 0.25	worm 0.125
đon	gandfuls 0.5	two 0.5
đong	buy 0.5	measure 0.25	out 0.25
đong_đưa	dishonest 0.5	shifty 0.5
đoàn	crops 0.125	delegation 0.125	gang 0.125	group 0.125	hand 0.125	party 0.125	set 0.125	team 0.125
đoàn_bộ	headquarter 1
đoàn_công_tác	delegation 0.75	working 0.25
đoàn_kết	combine 0.3333	unite 0.6667
đoàn_kết_laị	unite 0.3333	workers 0.3333	world 0.3333
đoàn_thể	organization 0.5	union 0.5
đoàn_trưởng	delegate 0.25	delegation's 0.25	head 0.25	leader 0.25
đoàn_tụ	reunite 1
đoàn_viên	member 0.75	union 0.25
đoành	crack 0.5	pop 0.5
đoán	conjecture 0.2	divine 0.2	figure 0.2	guess 0.4
đoán_chừng	decide 0.25	infer 0.5	udge 0.25
đoán_mò	guess 0.5	willdy 0.5
đoán_phỏng	conecture 1
đoán_ra	guess 1
đoán_trước	anticipate 0.3333	foresee 0.3333	foretell 0.3333
đoì	ask 0.1667	back 0.08333	claim 0.08333	demand 0.1667	require 0.1667	subpoena 0.1667	summon 0.1667
đoì_hoỉ	exact 0.25	need 0.25	require 0.25	requirement 0.25
đoí	hunger 0.5	hungry 0.5
đoí_khó	necessitous 0.5	needy 0.5
đoí_khổ	proverty 0.5	stricken 0.5
đoí_kém	dearth 0.5	famine 0.5
đoạ	banish 1
đoạ_đaỳ	ill 0.25	maltreat 0.5	treat 0.25
đoạn	cut 0.1667	pant 0.1667	paragraph 0.1667	passage 0.1667	portion 0.1667	section 0.1667
đoạn_hâụ	attack 0.5	rear 0.5
đoạn_maị	definnitively 0.5	sell 0.5
đoạn_nhiệt	adiabatic 1
đoạn_tang	go 0.1667	leave 0.1667	mourning 0.3333	off 0.1667	out 0.1667
đoạn_trung_tâm	centromere 1
đoạn_trường	painful 1
đoạn_tuyệt	break 0.5	off 0.5
đoạn_đâù_đaì	scaffold 1
đoạt	force 0.2	grab 0.2	seize 0.2	snatch 0.2	win 0.2
đoạt_chức	dismiss 0.5	office 0.25	remove 0.25
đoạt_vị	throne 0.5	usurp 0.5
đoản	short 1
đoản_hâụ	inconstant 0.3333	issue 0.1111	male 0.1111	unfaithfull 0.3333	without 0.1111
đoản_kiếm	bayonet 1
đoản_mạch	circuit 0.5	short 0.5
đoản_mệnh	life 0.5	short 0.5
đoản_thiên	composition 0.1111	literary 0.1111	novel 0.1667	novelette 0.3333	short 0.2778
đoản_đao	cutlass 1
đoị	bowl 1
đu	saw 0.1667	see 0.1667	swing 0.3333	teeter 0.3333
đu_bay	flying 0.5	trapeze 0.5
đu_đưa	seving 0.5	sway 0.5
đu_đủ	melon 0.125	papaw 0.25	papaya 0.5	tree 0.125
đua	compete 0.1667	display 0.1667	emulate 0.1667	off 0.08333	show 0.25	vie 0.1667
đua_chen	hard 0.5	vie 0.5
đua_ngưạ	horse 0.5	race 0.5
đua_thuyền	regatta 1
đua_tranh	compete 0.5	sharply 0.5
đua_đoì	copy 0.5	imitate 0.5
đui	blind 0.5	eyless 0.5
đui_mù	blind 1
đun	boil 0.25	heat 0.25	push 0.125	shove 0.25	warm 0.125
đun_nâú	cooking 1
đung_đưa	lightly 0.5	sway 0.5
đuà	jest 0.3333	joke 0.6667
đuà_bỡn	play 0.25	pranks 0.25	trifle 0.5
đuà_cợt	mischievously 0.5	tease 0.5
đuà_dai	dally 0.5	trifle 0.5
đuà_giỡn	play 1
đuà_nghịch	play 1
đuã	chopstick 1
đuã_cả	big 0.1667	chopstick 0.6667	flat 0.1667
đuã_khuâý	rod 0.5	stiring 0.5
đuì	thigh 1
đuì_non	gilrs 0.3333	thigh 0.3333	young 0.3333
đuôi	end 0.25	file 0.25	tail 0.5
đuôi_gà	pig 0.3333	short 0.3333	tail 0.3333
đuôi_mắt	canthus 1
đuôi_nheo	pennant 0.5	pennon 0.5
đuôi_sam	pig 0.25	queue 0.5	tail 0.25
đuôi_taù	stern 1
đuôi_tôm	coat 0.1667	swallow 0.4167	tail 0.25	tailed 0.1667
đuôí	badly 0.125	doing 0.125	little 0.125	quite 0.125	right 0.125	short 0.125	weak 0.25
đuôí_hơi	breath 0.25	short 0.5	winded 0.25
đuôỉ	cast 0.08333	chase 0.1667	cut 0.08333	discharge 0.1667	dismiss 0.1667	expel 0.1667	off 0.08333	turm 0.08333
đuôỉ_kịp	catch 0.5	come 0.25	up 0.25
đuôỉ_theo	after 0.5	run 0.5
đuĩ	tussore 1
đuốc	torch 1
đuốc_tuệ	buddhist 0.3333	enlightenment 0.3333	tenets 0.3333
đuỗn	blank 0.3333	expression 0.3333	wear 0.3333
đysprosi	dysprosium 1
đà	beam 0.25	girder 0.25	impetus 0.25	momentum 0.25
đà_điêủ	ostrich 1
đà_đận	dally 0.25	dawdle 0.5	diily 0.25
đàm_luận	debate 0.5	discuss 0.5
đàm_phán	diplomatic 0.1667	hold 0.1667	negotiate 0.5	talks 0.1667
đàm_suyến	asthama 1
đàm_thoaị	converse 0.5	ta 0.25	talk 0.25
đàm_đaọ	converse 0.5	talk 0.5
đàn	flock 0.4	herd 0.4	music 0.1	play 0.1
đàn_anh	rank 0.5	seniors 0.5
đàn_antô	alto 1
đàn_baian	bayan 1
đàn_banjô	banjo 1
đàn_bà	woman 1
đàn_bâù	monochord 1
đàn_clavico	harpsichord 1
đàn_em	juniors 0.5	rank 0.5
đàn_hôì	elastic 0.5	resilient 0.5
đàn_hương	santal 0.5	wood 0.5
đàn_luýt	lute 1
đàn_môi	harp 0.5	jew's 0.5
đàn_tranh	accompanying 0.08333	clapping 0.1667	declaiming 0.08333	orchestra 0.08333	playing 0.08333	poems 0.08333	pressing 0.1667	singer 0.08333	such 0.08333	vibrating 0.08333
đàn_tràng	makeshift 0.5	platfrom 0.5
đàn_viôlôngxen	cello 1
đàn_áp	repress 0.5	suppress 0.5
đàn_ông	man 0.6667	mankind 0.3333
đàn_đúm	gang 0.5	up 0.5
đàn_địch	music 0.5	play 0.5
đàn_ả_rập	oud 1
đàn_ống	organ 1
đàng_hoàng	comfortabily 0.25	off 0.25	openly 0.5
đàng_điếm	easy 0.1667	light 0.3333	virtue 0.1667	wanton 0.3333
đành	mind 0.08333	reconcile 0.25	sharp 0.125	shrewish 0.25	t 0.08333	tongued 0.125	up 0.08333
đành_dạ	easy 0.5	feel 0.5
đành_hanh	behave 0.5	perversely 0.25	waywardly 0.25
đành_lòng	contented 0.5	satisfied 0.5
đành_phận	content 0.25	fate 0.25	lot 0.25	resign 0.25
đành_rằng	despite 0.5	fact 0.5
đành_vâỵ	can't 0.5	helped 0.5
đành_đạch	convulsively 1
đá	kick 0.3333	rock 0.3333	stone 0.3333
đá_bazan	basalt 1
đá_biến_chất	metamorphic 0.5	rock 0.5
đá_bóng	football 0.5	play 0.5
đá_bảng	slate 1
đá_bọt	pumice 0.75	stone 0.25
đá_cuôị	coobble 0.5	pebble 0.5
đá_da_trơì	lapis 0.5	lazuli 0.5
đá_giăm	macadam 1
đá_hoa	marble 1
đá_hoa_cương	granite 1
đá_lat	paving 0.5	stone 0.5
đá_lưả	flint 0.6667	silex 0.3333
đá_macmá	igneous 0.5	rock 0.5
đá_maì	grind 0.25	stone 0.25	whashstone 0.5
đá_maù	soft 0.5	stone 0.5
đá_nam_châm	loadstone 0.3333	magnet 0.3333	magnetite 0.3333
đá_ngầm	oust 0.5	supplant 0.5
đá_ong	laterite 1
đá_phiến	schist 1
đá_phấn	chalk 1
đá_quý	precious 0.5	stone 0.5
đá_tai_meò	rock 0.5	rugger 0.5
đá_taọ_vàng	philosopher's 0.5	stone 0.5
đá_thử_vàng	touchstone 1
đá_trầm_tích	rock 0.5	sedimentary 0.5
đá_vàng	indefectible 0.5	unshakeable 0.5
đá_vôi	limestone 1
đá_đít	kick 0.5	out 0.5
đá_đưa	lip 0.3333	pay 0.3333	servive 0.3333
đách	bloody 0.25	cunt 0.5	damn 0.25
đám	mass 0.3333	patch 0.3333	set 0.3333
đám_bạc	gamblers 0.5	group 0.25	table 0.25
đám_chaý	fire 1
đám_cươí	ceremony 0.1667	marriage 0.1667	wedding 0.6667
đám_ma	funeral 0.75	procession 0.25
đám_rước	procession 1
đám_tang	funeral 1
đám_đông	crowd 0.5	mod 0.5
đáng	deserve 0.25	merit 0.25	worth 0.25	worthy 0.25
đáng_ghét	abhorrent 0.5	abominable 0.5
đáng_giá	money 0.3333	paid 0.3333	worth 0.3333
đáng_khinh	abject 1
đáng_kinh_sợ	awesome 1
đáng_kính	respected 1
đáng_kể	considerable 0.3333	noticeable 0.3333	remarkable 0.3333
đáng_lẽ	normally 0.5	ought 0.5
đáng_số	deserve 0.5	fate 0.5
đáng_sợ	afraid 0.25	awesome 0.5	fearful 0.25
đáng_tin_câỵ	safe 1
đáng_tiền	money 0.3333	value 0.3333	worth 0.3333
đáng_tôị	offence 0.5	proportional 0.5
đáng_đơì	honourable 0.25	ne 0.08333	right 0.08333	serving 0.08333	welldeserved 0.25	worthy 0.25
đánh	beat 0.2222	combat 0.1111	fight 0.1111	finger 0.1111	hit 0.1111	play 0.1111	strike 0.2222
đánh_baì	book 0.5	cards 0.25	play 0.25
đánh_baị	defeat 1
đánh_bâỹ	catch 0.3333	lay 0.1667	set 0.1667	snare 0.1667	trap 0.1667
đánh_bóng	polish 0.5	shade 0.5
đánh_bạc	gamble 1
đánh_bạn	friend 1
đánh_bạt	overpower 1
đánh_bả	poison 1
đánh_bật	dislodge 1
đánh_bắt	catch 1
đánh_chác	fight 0.5	gamble 0.5
đánh_chén	booze 0.75	goonthe 0.25
đánh_chữ	type 1
đánh_cuộc	book 1
đánh_cá	bet 0.3333	catch 0.1111	fish 0.4444	net 0.1111
đánh_cắp	filch 0.5	steal 0.5
đánh_dâú	marker 0.5	pen 0.5
đánh_giá	asses 0.1667	assess 0.1667	assessment 0.1667	estimate 0.1667	evaluate 0.1667	value 0.1667
đánh_gió	cold 0.3333	out 0.3333	rub 0.3333
đánh_giậm	bamboo 0.3333	fish 0.3333	pot 0.3333
đánh_giặc	aggressors 0.5	fight 0.5
đánh_gục	crush 1
đánh_hơi	scent 1
đánh_hỏng	fail 0.3333	plough 0.3333	pluck 0.3333
đánh_kem	apply 0.1667	cream 0.6667	face 0.1667
đánh_lưà	cheat 0.5	deceive 0.5
đánh_maý	type 1
đánh_môi	colour 0.5	lips 0.5
đánh_ngã	down 0.5	knock 0.5
đánh_nhau	fight 1
đánh_nhịp	beat 0.5	time 0.5
đánh_nôỉ_lằn	welt 1
đánh_phấn	powder 1
đánh_quay	spinning 0.25	top 0.75
đánh_rắm	fart 1
đánh_thaó	rescue 1
đánh_thuế	impose 0.5	tax 0.5
đánh_thuốc_mê	anaesthetize 1
đánh_thuốc_độc	poison 1
đánh_thắng	defeat 0.3333	trounce 0.3333	worst 0.3333
đánh_thốc	storm 1
đánh_thức	awake 0.5	up 0.25	wake 0.25
đánh_tiếng	send 0.5	word 0.5
đánh_traó	exchange 0.5	fraudulently 0.5
đánh_trống	spool 1
đánh_trống_lấp	drown 0.3333	louder 0.3333	speaking 0.3333
đánh_trống_ngực	heard 0.5	throbbing 0.5
đánh_vaỷ	scale 1
đánh_võ	box 0.3333	boxing 0.2778	demonstration 0.1667	fight 0.1111	match 0.1111
đánh_võng	hammock 0.5	swing 0.5
đánh_vần	spell 1
đánh_vật	against 0.25	struggle 0.25	wrestle 0.5
đánh_vỡ	attention 0.3333	break 0.3333	lack 0.3333
đánh_xe	drive 0.5	vehicle 0.5
đánh_úp	attack 0.3333	spring 0.3333	surprise 0.3333
đánh_đai	bind 0.25	hoop 0.5	hoops 0.25
đánh_điện	cable 0.5	send 0.3333	telegrame 0.1667
đánh_đu	swing 1
đánh_đuôỉ	drive 0.25	exped 0.5	off 0.25
đánh_đàng_xa	arms 0.5	swing 0.5
đánh_đòn	cane 0.5	whip 0.5
đánh_đôi	double 0.5	play 0.5
đánh_đôỉ	barter 0.3333	exchange 0.3333	swap 0.3333
đánh_đùng	all 0.5	sudden 0.5
đánh_đơn	play 0.5	single 0.5
đánh_đập	beat 0.5	hit 0.5
đánh_đắm	sink 1
đánh_đố	bet 1
đánh_đống	gather 0.3333	heap 0.3333	neat 0.3333
đánh_đồng	par 0.3333	put 0.3333	same 0.3333
đánh_đổ	overthrow 0.25	overturn 0.25	topple 0.25	upse 0.25
đánh_động	alert 0.5	warn 0.5
đánh_đụng	share 0.5	slaughter 0.5
đáp	answer 0.25	come 0.125	ground 0.125	land 0.25	reply 0.25
đáp_lễ	reply 0.5	return 0.5
đáp_số	answer 1
đáp_từ	reply 1
đáp_án	detailed 0.1111	key 0.3333	model 0.1667	schemed 0.1111	solution 0.2778
đáp_ứng	meet 0.5	satisfy 0.5
đâm	become 0.09091	dart 0.09091	finger 0.09091	forth 0.04545	go 0.09091	grow 0.09091	pound 0.09091	put 0.04545	shoot 0.09091	stab 0.09091	thrust 0.09091	turn 0.09091
đâm_bông	bloom 0.5	flower 0.5
đâm_bổ	dive 0.1667	high 0.1667	nosedive 0.3333	out 0.1667	rush 0.1667
đâm_chôì	bud 1
đâm_hông	nettle 0.5	pinprick 0.5
đâm_liêù	become 0.5	bold 0.5
đâm_ngang_sườn	abeam 1
đâm_ra	turn 1
đâm_sầm	against 0.5	crash 0.5
đâm_đâù	headlong 0.25	road 0.5	rush 0.25
đâu	anywhere 0.1667	everywhere 0.1667	somewhere 0.1667	where 0.3333	whither 0.1667
đâu_biết	idea 1
đâu_có	all 1
đâu_dám	dare 1
đâu_naò	all 0.5	kind 0.25	nothing 0.25
đâu_vaò_đâý	ok 1
đâu_đâu	every 0.1	everywhere 0.2	facts 0.1	ide 0.2	place 0.1	supported 0.1	unfounded 0.2
đâu_đây	somewhere 1
đâu_đâý	somewhere 1
đây	here 1
đây_naỳ	here 1
đây_đó	about 0.5	here 0.25	there 0.25
đâù	birth 0.25	forward 0.25	head 0.5
đâù_bò	headed 0.25	pig 0.25	stubborn 0.5
đâù_bếp	chef 0.3333	cook 0.3333	headwaiter 0.3333
đâù_câù	bridge 0.5	head 0.5
đâù_cơ	speculate 1
đâù_cơ_giá_xuống	bear 1
đâù_cột	abacus 1
đâù_gió	place 0.3333	swept 0.3333	wind 0.3333
đâù_gà	leader 1
đâù_gôí	knee 1
đâù_hàng	capitulate 0.5	surrender 0.5
đâù_hôm	nightfall 1
đâù_lòng	elder 0.5	eldest 0.5
đâù_muà	early 1
đâù_muĩ	nose 1
đâù_mặt	node 1
đâù_naõ	centre 0.5	nerve 0.5
đâù_nâụ	labour 0.5	leader 0.5
đâù_phiêú	ballot 0.5	vote 0.5
đâù_quân	army 0.25	enlist 0.5	go 0.25
đâù_rau	earthen 0.5	tripod 0.5
đâù_riù	hoopoe 1
đâù_ruôì	bead 1
đâù_sai	factobum 1
đâù_sỏ	chieftain 0.5	ringleader 0.5
đâù_tay	first 1
đâù_thai	reincarnate 1
đâù_thú	up 1
đâù_tiên	first 1
đâù_tư	invest 1
đâù_tư_công	investment 0.5	public 0.5
đâù_xanh	youth 0.5	youthfulness 0.5
đâù_óc	attitude 0.3333	mind 0.6667
đâù_ôí	amniotic 0.5	fluid 0.5
đâù_đàn	biggest 0.25	cock 0.25	flock 0.25	walk 0.25
đâù_đơn	application 0.5	file 0.5
đâù_đạn	head 0.25	nose 0.5	waar 0.25
đâù_đảng	chieftain 0.5	ringleader 0.5
đâù_đề	heading 0.5	headline 0.5
đâù_độc	poison 1
đâú	battle 0.2	bushel 0.2	fight 0.2	match 0.2	peck 0.2
đâú_bò	bull 0.5	fight 0.5
đâú_diụ	attitude 0.3333	conciliatory 0.3333	show 0.3333
đâú_giao_hưũ	friendly 0.75	match 0.25
đâú_giá	auction 1
đâú_gươm	cross 0.25	fense 0.5	swords 0.25
đâú_khâủ	argue 0.5	dispute 0.5
đâú_loaị	elimination 1
đâú_lý	reason 1
đâú_pháp	play 1
đâú_thâù	bid 0.1667	contract 0.1667	forr 0.1667	put 0.25	tender 0.25
đâú_thủ	contender 0.5	player 0.5
đâú_tranh	fight 0.5	struggle 0.5
đâú_trí	measure 0.5	wits 0.5
đâú_tố	denounce 0.5	publicly 0.5
đâú_đá	attack 0.5	struggle 0.5
đâý	there 1
đâụ	alight 0.09091	bean 0.1818	nut 0.09091	park 0.1818	pea 0.1818	smallpox 0.09091	station 0.09091	variola 0.09091
đâụ_bắp_southern	okra 1
đâụ_cô_ve	bean 0.5	common 0.25	french 0.25
đâụ_hoa	douhua 1
đâụ_hũ	douhua 1
đâụ_hủ	douhua 1
đâụ_khâú	nutmeg 1
đâụ_lăng	lentil 1
đâụ_muà	pox 0.5	small 0.5
đâụ_nành	bean 0.25	soy 0.25	soybean 0.5
đâụ_pha	douhua 1
đâụ_phộng	peanut 1
đâụ_phụ	curd 0.25	soya 0.25	tofu 0.5
đâụ_trắng	black 0.3333	eyed 0.3333	pea 0.3333
đâụ_tằm	bean 0.5	fava 0.5
đâụ_đuã	bean 0.25	chinese 0.25	pea 0.25	yardlong 0.25
đâụ_đỏ	azuki 0.5	bean 0.5
đâủ	away 0.5	far 0.5
đâỳ	filled 0.5	full 0.5
đâỳ_bụng	dyspepsia 0.5	indigestion 0.5
đâỳ_dâỹ	abound 1
đâỳ_hơi	flatulent 1
đâỳ_nghị_lực	colorful 1
đâỳ_oí	choke 0.25	full 0.25	profusion 0.5
đâỳ_phè	brimful 1
đâỳ_ruột	enraged 0.5	infuriated 0.5
đâỳ_sinh_lực	colorful 1
đâỳ_tháng	exactly 0.3333	month 0.3333	old 0.3333
đâỳ_tràn	overbrimming 0.5	overflowing 0.5
đâỳ_tuôỉ	exactly 0.3333	old 0.3333	year 0.3333
đâỳ_tớ_gaí	maid 1
đâỳ_đặn	cheeked 0.1	faced 0.2	full 0.1	honourable 0.2	plump 0.2	upright 0.2
đâỳ_đủ	adequate 0.4	complete 0.2	full 0.2	sufficient 0.2
đâỳ_ắp	brimful 0.5	plentiful 0.5
đâỵ	cover 0.5	down 0.25	shut 0.25
đâỵ_điệm	cover 1
đâỷ	push 0.4	roll 0.2	shove 0.2	thrust 0.2
đâỷ_luì	back 0.375	check 0.25	drive 0.125	push 0.125	roll 0.125
đâỷ_mạnh	production 0.08333	push 0.125	speed 0.125	step 0.125	topush 0.08333	up 0.4583
đâỷ_ngã	down 0.5	push 0.5
đâỹ	fat 1
đâỹ_giấc	fil 0.5	sleep 0.5
đâỹ_tuí	full 0.3333	line 0.3333	pocket 0.3333
đâỹ_đà	corpulent 0.5	portly 0.5
đã	already 0.5	as 0.25	since 0.25
đã_giận	anger 0.4167	until 0.1667	vent 0.25	vented 0.1667
đã_khát	quench 0.25	quenched 0.25	slake 0.25	thirst 0.25
đã_là	as 1
đã_lâu	ago 0.4167	long 0.4167	time 0.1667
đã_lâý_vợ	married 1
đã_rôì	accompli 0.5	done 0.25	reversible 0.25
đã_thèm	satiate 0.5	yearning 0.5
đã_vâỵ	all 0.1667	case 0.3333	nevertheless 0.3333	same 0.1667
đã_đành	assuming 0.5	course 0.5
đã_đơì	satiety 1
đã_định	set 1
đãng_trí	absent 0.5	minded 0.5
đãng_tính	unconcerned 1
đè	bear 0.5	press 0.5
đè_nén	command 0.3333	control 0.3333	restrain 0.3333
đèn	lamp 0.5	light 0.5
đèn_baõ	hurricane 0.5	lamp 0.5
đèn_chiêú	lantern 0.25	magic 0.25	projector 0.5
đèn_chân_hạc	floor 0.25	lamp 0.5	standard 0.25
đèn_chân_đế	floor 0.25	lamp 0.5	standard 0.25
đèn_chớp	flash 1
đèn_câỳ	candle 1
đèn_giao_thông	light 0.5	traffic 0.5
đèn_hiêụ	light 0.5	traffic 0.5
đèn_hiêụ_giao_thông	light 0.5	traffic 0.5
đèn_măng_sông	lamp 0.5	mantle 0.5
đèn_pha	headlamp 1
đèn_pin	flash 0.5	lamp 0.5
đèn_sách	midnight 0.5	oil 0.5
đèn_treo	chandelier 0.5	hanging 0.1667	lamp 0.1667	oil 0.1667
đèn_trơì	highter 0.3333	level 0.3333	wisdom 0.3333
đèn_vách	sconce 0.5	wall 0.5
đèn_xanh	green 0.5	light 0.5
đèn_xì	blowlamp 1
đèn_xếp	chinese 0.5	lamtern 0.5
đèn_điện	electric 0.3333	lamp 0.5	light 0.1667
đèn_đóm	lamp 0.3333	lighting 0.3333	lights 0.3333
đèn_đất	acetylen 0.25	carbide 0.25	lamp 0.5
đèn_đỏ	light 0.5	red 0.5
đèn_ống	light 0.5	neon 0.5
đét	dried 0.25	up 0.25	whip 0.5
đê	dike 0.2	dyke 0.4	levee 0.2	thimble 0.2
đê_hèn	base 0.3333	mean 0.3333	vile 0.3333
đê_mê	spell 0.5	under 0.5
đê_mạt	mean 0.5	vile 0.5
đê_nhục	deed 0.5	ignominous 0.5
đê_tiện	abject 0.6667	ignoble 0.3333
đê_điêù	dyke 0.3333	dykes 0.3333	maintenance 0.3333
đêcamet	decametre 1
đêm	dark 0.3333	night 0.6667
đêm_hôm	during 0.1667	late 0.4167	night 0.4167
đêm_nay	tonight 1
đêm_ngaỳ	day 0.5	night 0.5
đêm_ngủ	night 1
đêm_trắng	night 0.5	sleepless 0.5
đêm_tôí	night 1
đêximet	decimetre 1
đêù	all 0.25	even 0.25	regular 0.25	steady 0.25
đêù_có	share 1
đêù_nhau	equal 1
đêù_đêù	monotonous 1
đêù_đặn	balanced 0.5	regular 0.5
đêủ	bred 0.25	ill 0.25	vulgar 0.5
đêủ_cáng	blackguardly 0.5	caddish 0.5
đì	scrotum 1
đì_đùng	bang 0.25	boom 0.25	salvoes 0.5
đì_đẹt	dully 0.3333	pop 0.3333	sporadically 0.3333
đình	communal 0.06667	delay 0.2	house 0.06667	off 0.1	put 0.1	stay 0.2	stop 0.2	village 0.06667
đình_bản	disseminetion 0.1667	publication 0.1667	suspend 0.6667
đình_chiến	armistice 0.3333	cease 0.1667	fire 0.1667	truce 0.3333
đình_chỉ	suspend 1
đình_công	go 0.25	out 0.125	strike 0.625
đình_cưú	lawsuit 0.5	shelve 0.5
đình_hoãn	adjourn 0.1667	off 0.1667	potspone 0.5	put 0.1667
đình_thần	court 0.25	courtiers 0.5	officials 0.25
đích	aim 0.125	butt 0.125	home 0.25	mark 0.25	target 0.25
đích_danh	name 0.5	real 0.5
đích_mâũ	legitimate 0.5	mother 0.5
đích_thân	person 1
đích_thị	very 1
đích_thực	authentic 1
đích_xác	certain 0.5	factual 0.5
đích_đáng	deserving 0.3333	just 0.6667
đính	attach 0.5	enclose 0.5
đính_chính	correct 0.5	corrigenda 0.5
đính_giao	eastablish 0.3333	friendship 0.3333	ties 0.3333
đính_hôn	marry 0.5	promise 0.5
đính_ước	each 0.3333	engaged 0.3333	other 0.3333
đít	ass 0.25	backside 0.25	bottom 0.25	posterior 0.25
đò	boat 0.25	ferry 0.75
đò_giang	boat 0.25	ferry 0.25	river 0.25	sampans 0.25
đò_ngang	boat 0.25	ferry 0.75
đò_đưa	barcarolle 1
đòm	pop 1
đòn	lever 1
đòn_bâỷ	lever 1
đòn_cân	balance 0.25	beam 0.5	weigh 0.25
đòn_dông	beam 0.5	ridge 0.5
đòn_gió	circulated 0.3333	intimidation 0.3333	news 0.3333
đòn_gánh	carrying 0.5	pole 0.5
đòn_tay	purlin 1
đòn_vọt	caning 0.5	whipping 0.5
đó	that 0.4	there 0.4	those 0.2
đó_đây	everywhere 1
đóc	clitoris 1
đóm	spill 1
đón	go 0.25	meet 0.75
đón_chaò	meet 0.5	wait 0.25	welcome 0.25
đón_raò	all 0.3333	precautions 0.3333	verbal 0.3333
đón_rước	consideration 0.25	high 0.1667	receive 0.25	regards 0.1667	welcome 0.1667
đón_tiếp	receive 1
đón_ý	aticipate 0.5	whishes 0.5
đón_đâù	front 0.5	wait 0.5
đón_đường	stop 0.5	way 0.5
đóng	act 0.125	bind 0.0625	build 0.0625	close 0.25	drive 0.0625	open 0.125	play 0.0625	shut 0.25
đóng_băng	freeze 1
đóng_bộ	dressed 0.5	up 0.5
đóng_chai	bottle 1
đóng_chóc	glue 0.5	together 0.5
đóng_chặt	set 1
đóng_dâú	append 0.125	fever 0.125	seal 0.375	stamp 0.25	swine 0.125
đóng_khung	circle 0.3333	enclose 0.3333	enframe 0.3333
đóng_kịch	act 0.5	part 0.25	put 0.25
đóng_quân	garrison 1
đóng_thuế	pay 0.5	taxes 0.5
đóng_vai	act 0.75	part 0.25
đóng_vaỷ	crust 0.5	over 0.5
đóng_yên	harness 1
đóng_đai	hoop 1
đóng_đinh	nail 0.5	up 0.5
đóng_đô	capital 0.1667	outstay 0.25	set 0.1667	up 0.1667	welcome 0.25
đót	cigarette 0.5	holder 0.5
đô	athletic 0.25	built 0.125	c 0.25	muscular 0.25	well 0.125
đô_hôị	beehive 0.3333	business 0.1667	centre 0.1667	commerce 0.1667	hub 0.1667
đô_hộ	control 0.3333	dominate 0.3333	rule 0.3333
đô_la	dollar 1
đô_la_canada	canadian 0.5	dollar 0.5
đô_la_úc	australian 0.5	dollar 0.5
đô_sát	court 0.5	inspector 0.5
đô_thành	capital 0.5	city 0.3333	royal 0.1667
đô_thị	area 0.125	city 0.5	urban 0.375
đô_thị_hoá	urbanise 1
đô_thống	army 0.5	head 0.5
đô_trưởng	lord 0.5	mayor 0.5
đô_vật	wrestler 1
đô_đốc	admiral 0.5	chief 0.25	commander 0.25
đôi	double 0.25	pair 0.5	two 0.25
đôi_ba	few 1
đôi_bên	both 0.5	sides 0.5
đôi_chút	bit 0.5	little 0.5
đôi_co	contend 0.5	spat 0.5
đôi_khi	occasionally 1
đôi_lưá	happy 0.25	pair 0.5	wedded 0.25
đôi_mách	gossip 1
đôi_mươi	twentyish 1
đôi_nam	doubles 0.5	men's 0.5
đôi_nam_nữ	doubles 0.5	mixed 0.5
đôi_nữ	doubles 0.5	wonmen's 0.5
đôi_ta	two 0.5	us 0.5
đôi_tám	early 0.5	teens 0.5
đôn	cotta 0.3333	seat 0.3333	terra 0.3333
đôn_kihôtê	don 0.5	quixote 0.5
đôn_đốc	speed 0.3333	supervise 0.3333	up 0.3333
đông	coagulate 0.07692	congeal 0.07692	crowded 0.07692	crowed 0.07692	east 0.07692	freeze 0.07692	numerous 0.1538	orient 0.07692	populous 0.07692	superior 0.07692	winter 0.1538
đông_bán_câù	eastern 0.5	hemisphere 0.5
đông_bắc	east 0.5	north 0.5
đông_chí	solstice 0.5	winter 0.5
đông_cung	crown 0.2778	east 0.1667	palace 0.1667	prince 0.1667	prince's 0.1111	residence 0.1111
đông_dân	densely 0.25	populated 0.25	populous 0.5
đông_dương	indochina 1
đông_dương_thuộc_pháp	french 0.5	indochina 0.5
đông_dược	medicament 0.5	oriental 0.5
đông_haỉ	china 0.3333	east 0.3333	sea 0.3333
đông_hoản	dongguan 1
đông_khô_lạnh	lyophylization 1
đông_kinh_đô	tokyo 1
đông_lân	east 0.25	neibourhood 0.25	neighbourhood 0.25	orient 0.25
đông_nam_á	asia 0.5	southeast 0.5
đông_nghịt	compact 1
đông_timor	east 0.5	timor 0.5
đông_y	chinese 0.1667	medicine 0.4167	oriental 0.25	traditional 0.1667
đông_á	asia 0.5	east 0.5
đông_âu	eastern 0.5	europe 0.5
đông_đaỏ	crowded 0.3333	full 0.3333	populous 0.3333
đông_đúc	dense 1
đông_đặc	dense 0.25	people 0.25	solidify 0.5
đông_đủ	full 0.5	numbers 0.5
đôngphiá_đông	east 1
đôì	hill 1
đôì_baị	debauched 0.5	depraved 0.5
đôì_môì	bill 0.1667	hawk's 0.1667	shell 0.25	tortoise 0.25	turtle 0.1667
đôì_truỵ	depraved 1
đôì_tệ	degenerate 1
đôí	contrary 0.5	opposite 0.5
đôí_chiêú	compare 0.5	confront 0.5
đôí_choị	contrast 0.5	face 0.25	up 0.25
đôí_chất	confront 1
đôí_chứng	confront 0.25	control 0.5	witnesses 0.25
đôí_cách	accusative 1
đôí_diện	confront 1
đôí_kháng	antagonistic 1
đôí_lưu	convection 0.5	exchange 0.5
đôí_lập	contrary 0.5	opposition 0.5
đôí_ngoaị	foreign 1
đôí_nôị	domestic 1
đôí_phó	cope 0.3333	deal 0.3333	face 0.3333
đôí_phương	adversary 0.3333	opponent 0.3333	opposite 0.1667	side 0.1667
đôí_sách	counter 0.5	tactics 0.5
đôí_số	logarithm 1
đôí_thoaị	dialogue 1
đôí_thủ	adversary 0.25	competitor 0.25	opponent 0.25	rival 0.25
đôí_trọng	counterpoise 0.5	equipose 0.5
đôí_tác	partner 0.3333	partners 0.3333	partnership 0.3333
đôí_tượng	object 1
đôĩ	distance 0.3333	measure 0.3333	space 0.3333
đôỉ	alter 0.1667	change 0.3333	convert 0.1667	exchange 0.1667	transfer 0.1667
đôỉ_chác	barter 0.5	exchange 0.5
đôỉ_công	help 0.5	mutual 0.5
đôỉ_giọng	change 0.5	gamut 0.25	tone 0.25
đôỉ_lẫn	interchange 1
đôỉ_mơí	innovate 0.25	innovation 0.25	renovate 0.25	renovation 0.25
đôỉ_thay	change 1
đôỉ_tiền	change 0.5	money 0.5
đôỉ_ý	change 0.5	mind 0.25	opinion 0.25
đôỉ_đơì	life 0.5	new 0.5
đôị	carry 0.125	head 0.125	jack 0.25	team 0.25	wear 0.25
đôị_bảng	last 0.5	passman 0.5
đôị_hình	formation 0.5	line 0.25	up 0.25
đôị_lốt	cloak 0.5	under 0.25	use 0.25
đôị_ngũ	line 0.5	up 0.5
đôị_quân	army 1
đôị_trưởng	gang 0.1667	group 0.25	leader 0.4167	working 0.1667
đù	fuck 0.5	stuff 0.5
đù_đờ	languid 0.5	sluggish 0.5
đùm	envelope 0.3333	hub 0.3333	warp 0.3333
đùm_bọc	help 0.3333	mutually 0.3333	protect 0.3333
đùn	buck 0.125	out 0.125	pass 0.125	push 0.25	responsibility 0.125	shift 0.125	up 0.125
đùng	bang 0.5	boom 0.5
đùng_đoàng	bang 0.25	boom 0.5	crack 0.25
đùng_đùng	away 0.3333	bang 0.1667	boom 0.1667	boomingly 0.3333
đú	lark 0.5	romp 0.5
đú_mỡ	excess 0.3333	joy 0.3333	lark 0.3333
đú_đởn	amorously 0.5	frolic 0.5
đúc	alike 0.25	cast 0.5	found 0.25
đúc_kết	sum 0.25	summarize 0.5	up 0.25
đúc_sẵn	prefabricated 1
đúc_tiền	coin 0.5	mint 0.5
đúng	accurate 0.125	correct 0.125	exact 0.125	just 0.25	precise 0.125	right 0.25
đúng_giờ	precise 0.5	time 0.5
đúng_hạn	course 0.5	due 0.5
đúng_lúc	opportune 0.5	timely 0.5
đúng_mức	moderate 1
đúng_mực	reasonable 0.5	should 0.5
đúng_thơì	actual 1
đúng_đắn	correct 0.25	just 0.25	right 0.25	sound 0.25
đúp	double 1
đút	insert 0.5	pint 0.5
đút_lót	bribe 0.3333	buy 0.5	over 0.1667
đút_nút	away 0.1667	cork 0.5	stop 0.1667	tug 0.1667
đút_tuí	appropriate 0.2	dense 0.2	dishonestly 0.1	dull 0.2	pocket 0.1	shelter 0.2
đăm	right 1
đăm_chiêu	anxious 0.5	looking 0.25	worried 0.25
đăm_đăm	fixedly 0.5	intently 0.25	waiting 0.25
đăng	insert 0.5	put 0.5
đăng_cai	host 1
đăng_khoa	graduate 1
đăng_kí	register 1
đăng_ký	propiska 0.3333	register 0.6667
đăng_ký_cư_trú	propiska 1
đăng_quang	coronation 0.3333	enthronement 0.3333	queen 0.3333
đăng_ten	lace 1
đăng_tin_vịt	gooseberry 1
đăng_trình	leave 0.3333	off 0.1667	road 0.3333	set 0.1667
đăng_xuất	log 0.5	out 0.5
đăng_đaì	appear 0.4167	prize 0.1667	rring 0.1667	stage 0.25
đăng_đàn	climb 0.1111	devotional 0.1111	floor 0.3333	mount 0.1667	platform 0.1111	rostrum 0.1667
đăng_đôí	matched 0.25	proportioned 0.25	well 0.5
đăng_đồ	depart 0.3333	off 0.1667	road 0.3333	set 0.1667
đĩ	courtesan 0.2	prostitude 0.2	prostitute 0.2	scarlet 0.2	whore 0.2
đĩ_bợm	lustful 0.5	wanton 0.5
đĩ_thoã	easy 0.1667	promiscuous 0.3333	virtue 0.1667	wanton 0.3333
đĩ_trai	dandy 1
đĩ_tính	easy 0.25	light 0.5	virtue 0.25
đĩ_điếm	prostiture 0.5	whore 0.5
đĩ_đực	gigolo 0.3333	lecher 0.3333	man 0.1667	promiscuous 0.1667
đĩnh	boat 0.5	small 0.5
đĩnh_đạc	diginified 0.5	serious 0.5
đũng	seat 1
đơ	stiff 1
đơm	bamboo 0.1111	fish 0.1111	out 0.1667	serve 0.1667	sew 0.3333	trap 0.1111
đơm_đặt	fabricate 0.3333	invent 0.3333	up 0.3333
đơn	appication 0.25	form 0.25	petition 0.25	request 0.25
đơn_bôị	haploid 1
đơn_bạc	inconsiderate 1
đơn_bản_vị	monometallism 1
đơn_ca	sing 0.25	solo 0.75
đơn_chiếc	few 0.1667	number 0.1667	single 0.3333	solitary 0.3333
đơn_chất	element 1
đơn_cử	cite 0.5	example 0.5
đơn_giản	simple 1
đơn_giản_hoá	simplify 1
đơn_kiện	petition 1
đơn_sơ	simple 1
đơn_thuần	pure 1
đơn_thuốc	directions 0.25	prescription 0.5	use 0.25
đơn_thức	monomial 1
đơn_tiết	monosyllabic 1
đơn_tính	unisexed 0.5	unisexual 0.5
đơn_từ	applications 0.5	requets 0.5
đơn_tử	monad 1
đơn_vị	agency 0.25	unit 0.5	units 0.25
đơn_vị_từ_vựng	item 0.5	lexical 0.5
đơn_âm	monosyllabic 1
đơn_điêụ	monotonous 1
đơn_độc	alone 0.3333	solitary 0.6667
đơì	descent 0.2	existence 0.2	generation 0.2	life 0.2	world 0.2
đơì_nay	nowadays 1
đơì_naò	never 1
đơì_ngươì	existence 0.25	human 0.5	life 0.25
đơì_sống	life 0.5	livelihood 0.25	living 0.25
đơì_tư	life 0.5	private 0.5
đơì_đơì	eternally 0.3333	ever 0.3333	perpetually 0.3333
đơí	zone 1
đơị	await 0.5	wait 0.5
đơị_cho	listen 1
đơị_thơì	bide 0.5	time 0.5
đưa	bring 0.1667	conduct 0.1667	escort 0.1667	give 0.08333	pass 0.1667	take 0.08333	to 0.1667
đưa_cay	alcohol 0.3333	down 0.3333	wash 0.3333
đưa_laị	bring 1
đưa_tin	inform 0.5	news 0.25	publish 0.25
đưa_tình	eyes 0.5	ogle 0.5
đưa_đà	say 0.3333	smooth 0.3333	tongue 0.3333
đưa_đám	follow 0.3333	funeral 0.3333	procession 0.3333
đưa_đón	meet 0.3333	off 0.3333	see 0.3333
đưa_đường	guide 0.5	lead 0.25	way 0.25
đưá_bé	boy 0.3333	child 0.6667
đưá_bé_đẻ_non	abortion 1
đưá_trẻ	child 1
đưá_trẻ_mồ_côi	orphan 1
đưá_ở	house 0.25	servant 0.75
đương_chức	action 0.3333	charge 0.3333	office 0.3333
đương_cục	authorities 1
đương_kim	present 1
đương_nhiên	course 0.25	matter 0.25	naturally 0.5
đương_nhiệm	power 1
đương_quy	ashweed 1
đương_sự	concerned 0.5	person 0.5
đương_thì	life 0.25	prime 0.5	youth 0.25
đương_thơì	current 0.5	time 0.5
đương_triêù	current 0.5	dynasty 0.25	reign 0.25
đương_đaị	contemporary 1
đương_đâù	confront 0.5	face 0.5
đươì_ươi	orang 0.25	orangutan 0.5	outang 0.25
đước	mangrove 1
đườn	full 0.3333	length 0.3333	straight 0.3333
đường	road 0.2857	route 0.1429	street 0.2857	sugar 0.1429	way 0.1429
đường_biên	line 0.5	touch 0.5
đường_biển	route 0.5	sea 0.5
đường_băng	runway 1
đường_bệ	portly 1
đường_bộ	land 0.75	over 0.25
đường_cao_tốc	expressway 0.3333	highway 0.3333	motorway 0.3333
đường_caí	highway 1
đường_caí_quan	highway 0.5	intercountry 0.5
đường_caỳ	furrow 1
đường_cheó	diagonal 1
đường_chim_bay	crow 0.5	flies 0.5
đường_cùng	cul 0.1667	de 0.1667	impasse 0.5	sac 0.1667
đường_cấm	admittance 0.5	entry 0.5
đường_dây	line 0.5	network 0.5
đường_huyền	hypotenuse 1
đường_hầm	tunnel 1
đường_kính	diameter 0.5	granulated 0.25	sugar 0.25
đường_lao	coast 1
đường_lôí	line 0.3333	road 0.3333	way 0.3333
đường_lớn	boulevard 1
đường_mòn	rut 0.5	track 0.5
đường_mạch_nha	maltose 1
đường_một_râỳ	monorail 1
đường_ngôi	parting 1
đường_phân_giác	bisector 1
đường_phèn	rock 0.5	sugar 0.5
đường_phố	street 1
đường_sá	roads 1
đường_sơn	tangshan 1
đường_sắt	railway 1
đường_thắng	caramel 1
đường_thẳng	line 0.5	straight 0.5
đường_thốt_nốt	palm 0.5	sugar 0.5
đường_tránh	side 0.5	track 0.5
đường_tròn	circle 1
đường_trường	long 0.5	road 0.5
đường_tắt	cut 0.5	short 0.5
đường_vòng	roundabout 0.3333	use 0.3333	ways 0.3333
đường_về	home 0.5	way 0.5
đường_xoi	groove 1
đường_xoắn_ốc	spiral 1
đường_xuôi	areas 0.25	delta 0.25	lowlands 0.5
đường_đi	road 0.3333	walk 0.3333	way 0.3333
đường_đơì	life 0.5	path 0.5
đường_đường	brearing 0.1667	having 0.1667	stately 0.6667
đường_đạn	trajectory 1
đường_đất	distace 0.3333	foot 0.1667	path 0.3333	way 0.1667
được	able 0.07692	be 0.07692	buy 0.07692	can 0.07692	do 0.07692	gain 0.07692	get 0.03846	obtain 0.07692	ok 0.07692	permision 0.07692	possible 0.07692	to 0.03846	twin 0.07692	yes 0.07692
được_chứ	yes 1
được_goị_là	called 1
được_hoan_nghênh	welcome 1
được_lòng	enjoy 0.25	trust 0.25	trusted 0.5
được_lơì	given 0.25	promise 0.5	receive 0.25
được_muà	bumper 0.5	crop 0.5
được_quyền	right 1
được_thể	advantage 0.1667	follow 0.1667	result 0.5	up 0.1667
được_việc	convenience's 0.125	efficient 0.25	handy 0.125	just 0.25	man 0.125	sake 0.125
đượm	catch 0.08333	easily 0.1667	fire 0.1667	pervaded 0.25	set 0.08333	soaked 0.25
đạc	measure 1
đạc_điền	measure 1
đạm	protein 1
đạm_bạc	frugal 0.3333	insipid 0.3333	simple 0.3333
đạm_khí	nitrogen 1
đạn	ball 0.25	bullet 0.25	cartridge 0.25	marble 0.25
đạn_chùm	grape 1
đạn_dược	ammunition 1
đạn_ghém	dust 0.5	shot 0.5
đạn_đaọ	trajectory 1
đạp	stamp 0.5	trample 0.5
đạp_bằng	flat 0.5	level 0.5
đạp_maí	tread 1
đạp_thanh	relatives'graves 0.3333	spring 0.3333	visit 0.3333
đạp_đổ	demolish 0.3333	ruin 0.3333	shatter 0.3333
đạt	achieve 0.25	attain 0.25	reach 0.5
đạt_lai_lạt_ma	dalai 0.5	lama 0.5
đạt_tơí	touch 1
đạt_được	acquire 0.5	buy 0.5
đả	hit 0.3333	slate 0.3333	strike 0.3333
đả_kích	attack 0.5	criticize 0.5
đả_phá	abolition 0.5	fight 0.5
đả_thông	over 0.25	round 0.25	talk 0.5
đả_thương	wound 1
đả_đaỏ	demolish 0.3333	down 0.6667
đả_động	touch 1
đả_đớt	clip 0.1667	lisp 0.3333	mispronounce 0.3333	words 0.1667
đảm	bear 0.5	capable 0.5
đảm_baỏ	ensure 0.3333	guarantee 0.6667
đảm_nhiệm	undertake 1
đảm_nhận	assume 0.5	on 0.1667	take 0.1667	to 0.1667
đảm_phụ	contribution 1
đảm_đương	on 0.1667	take 0.1667	to 0.1667	undertake 0.5
đản	birthday 1
đản_bạch	albumin 1
đảng	band 0.1667	gang 0.1667	party 0.5833	political 0.08333
đảng_bộ	commitee 0.5	party 0.5
đảng_bộ_thành_phố	city 0.3333	organisation 0.3333	party 0.3333
đảng_cương	party 0.3333	political 0.3333	program 0.3333
đảng_phaí	parties 1
đảng_phí	dues 0.5	party 0.5
đảng_sử	history 0.5	party 0.5
đảng_trưởng	leader 0.5	party 0.5
đảng_trị	party 0.5	rule 0.5
đảng_tính	character 0.25	party 0.5	spirit 0.25
đảng_tịch	membership 0.5	party 0.5
đảng_uỷ	committee 0.5	party 0.5
đảng_viên_đảng_xanh	green 1
đấm	punch 1
đấm_bóp	massage 1
đấm_đá	blows 0.5	come 0.5
đất	earth 0.3333	ground 0.1667	land 0.3333	soil 0.1667
đất_baĩ	alluvial 0.5	land 0.5
đất_bôì	alluvial 0.5	deposits 0.5
đất_cát	cultivable 0.1667	land 0.3333	sandy 0.3333	soil 0.1667
đất_hiếm	earth 0.4444	element 0.1111	race 0.1667	rare 0.2778
đất_hoang	fallow 0.5	land 0.25	waste 0.25
đất_hưá	land 0.5	promised 0.5
đất_khách	foreign 0.25	land 0.5	strange 0.25
đất_liền	continent 0.25	earth 0.25	mainland 0.5
đất_maù	rich 0.5	soil 0.5
đất_mùn	humus 1
đất_nhẹ	light 0.5	soil 0.5
đất_nung	cotta 0.5	terra 0.5
đất_nước	country 0.5	home 0.1667	homeland 0.3333
đất_nặng	heavy 0.5	soil 0.5
đất_sét	clay 1
đất_sứ	kaolin 1
đất_thánh	holy 0.5	land 0.5
đất_đai	domain 1
đất_đen	chernozem 1
đầm	pond 0.5	rammer 0.5
đầm_lâỳ	bog 0.3333	marssh 0.3333	swamp 0.3333
đầm_ấm	happy 0.5	sweet 0.5
đần	silly 0.5	stupid 0.5
đần_độn	dull 0.5	unintellegent 0.5
đẫm	wet 1
đẫm_maú	blood 0.1667	bloody 0.3333	saguinary 0.3333	stained 0.1667
đậm	dark 0.25	deep 0.3333	fat 0.25	heavy 0.08333	strong 0.08333
đậm_nét	bold 1
đậm_đà	charming 0.5	warm 0.5
đậm_đặc	concentrated 0.5	strong 0.5
đập	barrage 0.1429	beat 0.2857	dam 0.1429	hit 0.1429	smash 0.1429	threash 0.1429
đập_laị	attack 0.25	counter 0.25	retort 0.5
đập_tan	shatter 1
đập_tràn	spillway 1
đập_vỡ	break 0.1667	shatter 0.3333	smash 0.3333	up 0.1667
đắc_chí	pleased 0.5	satisfied 0.5
đắc_cử	elected 0.5	returned 0.5
đắc_dụng	deserving 0.5	job 0.5
đắc_lơị	advantage 0.25	obtain 0.5	profit 0.25
đắc_lực	capable 0.5	efficient 0.5
đắc_nhân_tâm	heart 0.5	winning 0.5
đắc_sách	come 0.5	fruition 0.25	off 0.25
đắc_thắng	victorious 1
đắc_tôị	guilty 1
đắc_ý	fulfilled 0.25	fully 0.25	satisfied 0.25	wish 0.25
đắc_điạ	breeding 0.5	ground 0.5
đắm	shipwreck 0.25	sink 0.5	suffer 0.25
đắm_mình	wallow 1
đắm_say	devote 1
đắm_đuôí	distractedly 0.5	passionately 0.5
đắn_đo	ponder 0.5	weigh 0.5
đắng	bitter 1
đắng_nghét	bitter 1
đắp	bank 0.3333	cover 0.3333	emtank 0.3333
đắp_thuốc	dress 1
đắp_điếm	help 0.5	protect 0.5
đắp_đôỉ	day 0.5	hand 0.25	mouth 0.25
đắp_đập	dam 0.5	up 0.5
đắt	costly 0.2	dear 0.4	expensive 0.4
đắt_chồng	much 0.5	proposed 0.25	wooed 0.25
đắt_hàng	after 0.1111	demand 0.1667	much 0.2778	sell 0.1667	sought 0.1111	well 0.1667
đắt_khách	custom 0.3333	enjoy 0.3333	large 0.3333
đắt_lơì	listened 1
đắt_tiền	dear 0.5	expensive 0.5
đắt_đỏ	cost 0.25	dear 0.5	high 0.25
đằm	equable 0.5	sedate 0.5
đằm_thắm	ardent 0.3333	fervid 0.3333	fond 0.3333
đằn	down 0.5	press 0.25	weigh 0.25
đằng	direction 1
đằng_kia	there 0.5	thither 0.5
đằng_la	climbing 0.25	concubine 0.5	plant 0.25
đằng_naỳ	i 0.5	me 0.5
đằng_sau	aback 0.5	about 0.5
đằng_thằng	circumstances 0.08333	dignified 0.125	normal 0.08333	normally 0.25	stately 0.125	under 0.08333	way 0.25
đằng_trương	isotonic 1
đằng_trước	before 1
đằng_vân	cloud 0.25	fly 0.5	travel 0.25
đằng_âý	you 1
đằng_đằng	acute 0.25	inflamed 0.5	otitis 0.25
đằng_đẵng	interminable 1
đẳng	class 0.3333	grade 0.3333	rank 0.3333
đẳng_câú	isomorphous 1
đẳng_cấp	etate 0.3333	level 0.3333	rank 0.3333
đẳng_hướng	isotropic 1
đẳng_lập	coordinated 1
đẳng_thức	equation 1
đẳng_trương	isotonic 1
đẳng_áp	isobaric 1
đẵn	chop 0.25	cut 0.25	down 0.5
đặc	condensed 0.1667	dense 0.1667	solid 0.1667	special 0.1667	stiff 0.1667	thick 0.1667
đặc_biệt	banner 0.25	special 0.5	unusual 0.25
đặc_biệt_là	especially 1
đặc_cách	especially 0.5	exceptionally 0.5
đặc_công	commando 1
đặc_hiêụ	specific 1
đặc_hưũ	endemic 1
đặc_khu	special 0.5	zone 0.5
đặc_kịt	close 0.3333	compact 0.3333	dense 0.3333
đặc_lơị	advantage 0.25	privilege 0.5	special 0.25
đặc_phaí_viên	correspondent 0.25	envoy 0.25	special 0.5
đặc_phí	expenditure 0.25	fees 0.25	special 0.5
đặc_quyền	prerogative 0.3333	privilege 0.6667
đặc_san	issue 0.5	special 0.5
đặc_sản	aboriginal 0.5	speciality 0.5
đặc_sắc	excellence 0.25	special 0.5	unusual 0.25
đặc_sệt	dense 0.25	genuinely 0.25	thick 0.25	thoroughly 0.25
đặc_sứ	ambasador 0.25	envoy 0.25	extraordinary 0.25	special 0.25
đặc_thù	particular 0.5	specific 0.5
đặc_thù_hoá	particularize 1
đặc_tính	characteristics 0.3333	particularilty 0.3333	trait 0.3333
đặc_vụ	agent 0.1667	intelligence 0.1667	secret 0.3333	service 0.3333
đặc_xá	grant 0.3333	reprieve 0.3333	special 0.3333
đặc_ân	favour 0.25	privilege 0.25	special 0.5
đặc_điểm	characteristic 0.3333	particular 0.1667	trait 0.5
đặc_ứng	ad 0.5	hoc 0.5
đặn	anticipate 1
đặng	able 0.125	deng 0.25	for 0.125	order 0.25	possible 0.125	to 0.125
đặt	command 0.1111	depose 0.1111	lay 0.1111	order 0.1111	place 0.1111	put 0.2222	set 0.2222
đặt_baỳ	fabricate 0.5	invent 0.5
đặt_chuyện	invent 0.5	story 0.5
đặt_cách_nhau	space 1
đặt_dây_đất	earth 1
đặt_giá	estimate 0.5	fix 0.25	price 0.25
đặt_hàng	deposit 0.5	order 0.25	place 0.25
đặt_laị	set 1
đặt_tên	name 1
đặt_vòng	coil 0.5	set 0.5
đặt_điêù	fabricate 0.3333	false 0.3333	story 0.3333
đặt_để	fabricate 0.5	invent 0.5
đẹn	rachitic 0.3333	rickety 0.3333	thrush 0.3333
đẹp	beautiful 0.3333	fair 0.1667	handsome 0.1667	nice 0.1667	pretty 0.1667
đẹp_duyên	match 1
đẹp_laõ	hale 0.5	hearty 0.5
đẹp_lòng	pleased 0.5	satisfied 0.5
đẹp_mã	appearance 0.3333	having 0.3333	showy 0.3333
đẹp_mắt	nice 0.5	spectacular 0.5
đẹp_mặt	credit 0.25	gloryto 0.25	honour 0.25	shame 0.25
đẹp_trai	handsome 1
đẹp_ý	content 0.5	pleased 0.5
đẹp_đôi	couple 0.1667	making 0.1667	nice 0.1667	sorted 0.25	well 0.25
đẹp_đẽ	beautiful 0.6667	fine 0.3333
đẹt	rap 0.3333	scrubby 0.3333	stunted 0.3333
đẻ	bring 0.25	drop 0.5	forth 0.25
đẻ_hoang	bastard 0.5	born 0.1667	out 0.1667	wedlock 0.1667
đẻ_non	abort 0.25	abortive 0.25	born 0.125	delivered 0.125	prematurely 0.25
đẻ_ra	bear 1
đẻ_trứng	lay 1
đế	sole 0.5	support 0.5
đế_chế	monarchy 1
đế_hiêụ	king's 0.3333	name 0.3333	reign 0.3333
đế_quốc	empire 1
đế_quốc_la_mã	empire 0.5	roman 0.5
đế_quốc_nga	empire 0.5	russian 0.5
đế_vương	emperor 0.5	king 0.5
đế_vị	royalty 0.5	throne 0.5
đế_đô	capital 0.5	imperial 0.5
đếm	count 0.5	enumerate 0.25	number 0.25
đếm_chác	count 0.5	recount 0.5
đếm_xiả	account 0.5	notice 0.5
đến	approach 0.125	arrive 0.125	attain 0.125	be 0.125	come 0.125	get 0.04167	in 0.04167	reach 0.125	to 0.04167	touch 0.125
đến_chỗ_naò	somewhere 1
đến_cùng	bitter 0.25	end 0.25	finish 0.5
đến_giờ	hitherto 0.3333	it's 0.1667	now 0.1667	time 0.1667	up 0.1667
đến_hay	funny 0.3333	interesting 0.1667	old 0.3333	quite 0.1667
đến_nay	date 0.5	far 0.5
đến_ngaỳ	due 0.3333	mature 0.3333	near 0.1667	time 0.1667
đến_nôĩ	all 0.25	axtent 0.125	degree 0.125	such 0.25	too 0.25
đến_nơi	about 0.5	soon 0.5
đến_thì	nubile 1
đến_thế	so 1
đến_tuôỉ	age 0.5	come 0.5
đến_điêù	anything 0.5	short 0.5
đề	read 0.3333	subject 0.3333	write 0.3333
đề_bạt	promote 1
đề_cao	heighten 0.3333	highly 0.1667	prominence 0.3333	think 0.1667
đề_cương	draff 0.5	fundamentals 0.5
đề_cập	deal 0.3333	mention 0.3333	touch 0.3333
đề_cử	nominate 1
đề_dẫn	introductory 1
đề_dụ	synecdoche 1
đề_huề	crowds 0.25	go 0.25	harmony 0.5
đề_hình	commission 0.5	crime 0.5
đề_khơỉ	first 0.4444	forward 0.1111	propose 0.1667	put 0.1111	suggest 0.1667
đề_mục	chapter 0.1667	head 0.1667	heading 0.3333	rubric 0.3333
đề_nghị	proposal 0.125	propose 0.25	recommend 0.125	request 0.125	suggest 0.375
đề_phòng	precaution 0.5	prevent 0.5
đề_taì	subject 0.5	theme 0.5
đề_tưạ	foreword 0.25	preface 0.25	write 0.5
đề_tặng	dedicate 1
đề_từ	epigraph 1
đề_xuất	forward 0.125	proposal 0.25	propose 0.25	put 0.125	suggest 0.25
đề_án	program 0.3333	project 0.3333	scheme 0.3333
đề_đạt	higher 0.3333	levels 0.3333	propose 0.3333
đề_đốc	army 0.3333	commander 0.3333	provincial 0.3333
đền	compensate 0.25	temple 0.5	up 0.25
đền_bôì	favours 0.5	repay 0.5
đền_bù	compensate 1
đền_chuà	buddhist 0.25	pagodas 0.5	temples 0.25
đền_rồng	palace 0.5	royal 0.5
đền_tôị	pay 0.5	sin 0.5
đền_đaì	sanctuaries 0.25	shrines 0.25	temples 0.5
đền_đáp	debt 0.3333	gratitude 0.3333	pay 0.3333
đền_ơn	favour 0.5	repay 0.5
để	cut 0.09091	keep 0.09091	leave 0.09091	let 0.1818	order 0.09091	place 0.09091	put 0.09091	set 0.1818	stand 0.09091
để_cho	as 0.1111	order 0.3333	so 0.2778	that 0.1667	to 0.1111
để_cuả	bury 0.25	leave 0.5	wealth 0.25
để_cách_nhau	space 1
để_cọ_xơ_ra	abrasive 1
để_dành	economize 0.3333	reserve 0.3333	save 0.3333
để_kháng	resist 1
để_không	empty 0.25	leave 0.5	unused 0.25
để_lộ	let 0.5	out 0.5
để_maì_mòn	abrasive 1
để_mà	as 0.1111	order 0.3333	so 0.2778	that 0.1667	to 0.1111
để_mắt	eye 0.3333	keen 0.3333	keep 0.3333
để_mặt	alone 0.25	leave 0.25	let 0.5
để_tang	mourning 0.75	wear 0.25
để_ý	attention 0.1	care 0.2	notice 0.2	out 0.1	pay 0.1	regard 0.2	watch 0.1
để_ý_đến	listen 1
đểnh_đoảng	lukewarm 0.5	tepid 0.5
đễnh_đoãng	empty 0.3333	lost 0.3333	unsubstantial 0.3333
đệ	i 0.2	lay 0.2	order 0.2	rank 0.2	submit 0.2
đệ_trình	refer 0.5	submit 0.5
đệ_tử	disciple 1
đệ_đơn	lay 0.5	petition 0.5
đệm	accompany 1
đệp	basket 0.5	quire 0.5
đỉnh	crown 0.2857	peak 0.1429	summit 0.2857	tip 0.1429	top 0.1429
đỉnh_chung	high 0.25	living 0.5	luxutious 0.25
đỉnh_cột	abacus 1
địch	adversary 0.2	cope 0.2	deal 0.2	enemy 0.2	macth 0.2
địch_hoạ	destruction 0.1667	devastation 0.1667	enemy 0.3333	iflited 0.1667	inflictes 0.1667
địch_hâụ	enemy 0.4167	lines 0.1667	rear 0.4167
địch_quân	army 0.25	enemy 0.5	troops 0.25
địch_thủ	adversary 0.3333	opponet 0.3333	rival 0.3333
định	appoint 0.25	assign 0.25	fix 0.25	set 0.25
định_bụng	intend 0.5	tend 0.5
định_canh	agriculture 0.5	settled 0.5
định_cư	fixed 0.3333	home 0.1667	reside 0.3333	residence 0.1667
định_dạng	format 1
định_giá	fix 0.25	price 0.5	set 0.25
định_hình	fixative 1
định_hướng	orient 1
định_hồn	collect 0.5	wits 0.5
định_kiến	ficed 0.5	idea 0.5
định_liêụ	arrangenments 1
định_luật	law 1
định_lý	theorem 1
định_lượng	amount 0.25	determine 0.25	quantitative 0.5
định_lệ	convention 0.5	fixed 0.5
định_mạng	predestination 0.5	restiny 0.5
định_mệnh	fate 0.25	predestined 0.25	predestinedation 0.5
định_mức	norm 1
định_nghiã	define 0.3333	definition 0.6667
định_ngữ	predicate 1
định_phận	lot 0.5	predestined 0.5
định_sở	dwelling 0.3333	permanent 0.3333	place 0.3333
định_thần	compose 1
định_thức	determinant 1
định_tính	qualitative 1
định_vị	locate 1
định_đoạt	decide 0.5	determine 0.5
định_đề	postulate 1
định_ước	act 0.5	agreement 0.5
địt	break 0.125	fart 0.5	fuck 0.25	wind 0.125
đọ	compare 0.5	compete 0.5
đọ_gươm	cross 0.5	swords 0.5
đọc	deliver 0.25	pronounce 0.25	read 0.5
đọng	stagnate 1
đọt	shoot 0.25	sprout 0.5	young 0.25
đỏ	red 1
đỏ_au	bright 0.3333	cheerful 0.3333	red 0.3333
đỏ_bừng	flare 0.1667	flush 0.5	up 0.3333
đỏ_choí	bright 0.3333	dazzlingly 0.3333	red 0.3333
đỏ_chót	red 0.5	staring 0.5
đỏ_gay	crimson 1
đỏ_hây	rosy 0.5	ruddy 0.5
đỏ_hỏn	blood 0.5	coloured 0.25	red 0.25
đỏ_mặt	blush 0.3333	colour 0.3333	redden 0.3333
đỏ_thắm	cardinal 0.5	crimson 0.5
đỏ_tiá	purple 1
đỏ_tươi	scarlet 1
đỏ_đen	gambling 1
đỏ_đèn	light 0.5	up 0.5
đỏ_đắn	healthy 0.25	looking 0.25	pink 0.5
đỏ_đọc	quite 0.5	red 0.5
đỏ_ửng	blusing 0.5	reddening 0.5
đỏm	dressed 0.25	neartly 0.25	spruce 0.5
đỏm_dáng	groomed 0.25	spruce 0.5	well 0.25
đố	defy 1
đố_chữ	puzzle 0.5	word 0.5
đốc	doctor 0.1667	headmaster 0.1667	prod 0.1667	secondary 0.05556	shool 0.05556	teacher 0.05556	tip 0.1667	urge 0.1667
đốc_chứng	character 0.1667	grow 0.4167	restive 0.25	worse 0.1667
đốc_công	foreman 1
đốc_học	education 0.3333	officer 0.3333	provincial 0.3333
đốc_phủ_sứ	chief 0.3333	cochinchinese 0.3333	district 0.3333
đốc_suất	oversee 0.5	supervise 0.5
đốc_thúc	urge 1
đốc_tờ	doctor 0.5	medical 0.5
đốm	blob 0.5	spot 0.5
đốn	chop 0.25	cut 0.25	down 0.5
đốn_mạt	base 0.5	mean 0.5
đốn_đơì	badly 0.25	behaved 0.25	depraved 0.5
đống	heap 0.5	pile 0.5
đống_cây_chướng_ngaị	abatis 1
đống_cây_cản	abatis 1
đốp	crack 0.3333	face 0.3333	pop 0.3333
đốt	bite 0.1	burn 0.2	fire 0.05	internode 0.1	kindle 0.1	light 0.15	phalanx 0.1	prick 0.1	sting 0.1
đốt_chaý	blazing 0.25	burn 0.25	set 0.25	up 0.25
đốt_phá	burn 0.5	destroy 0.5
đốt_sống	vertebra 1
đồ	article 0.3333	object 0.3333	thing 0.3333
đồ_biêủ	diagram 0.5	graph 0.5
đồ_bơi	swimsuit 1
đồ_bản	design 0.3333	drawing 0.3333	map 0.3333
đồ_bỏ	abundancy 0.5	waste 0.5
đồ_chuốt_viết_chì	pencil 0.5	sharpener 0.5
đồ_chó_đẻ	bitch 0.5	son 0.5
đồ_chơi	plaything 0.3333	toy 0.6667
đồ_chừng	estimate 0.5	guess 0.5
đồ_cuốn	roll 1
đồ_cúng	offering 1
đồ_cổ	antique 0.5	antiquities 0.5
đồ_dùng	appliance 0.25	article 0.25	implement 0.25	ustensil 0.25
đồ_gia_vị	seasoning 1
đồ_giả	counterfeit 0.5	imitations 0.5
đồ_gốm	ceramics 0.5	pottery 0.5
đồ_hoạ	drawing 1
đồ_kiểm_duyệt	censorware 1
đồ_lót	lingerie 1
đồ_lưu_niệm	souvenir 1
đồ_mã	joss 0.5	paper 0.5
đồ_nghề	tools 1
đồ_nho	theacher 0.5	tutor 0.5
đồ_sắt	age 0.5	iron 0.5
đồ_sộ	grand 0.3333	grandiose 0.3333	imposing 0.3333
đồ_sứ	china 0.5	chinaware 0.25	porcelain 0.25
đồ_tang	mourning 1
đồ_taù	chinese 1
đồ_thán	misery 0.3333	reduced 0.3333	utter 0.3333
đồ_thêu	embroidery 1
đồ_thư_quán	library 1
đồ_thưà	lefttovers 0.5	remnant 0.5
đồ_thị	curve 0.3333	graph 0.3333	sine 0.3333
đồ_tôì	good 0.25	nothing 0.25	silly 0.25	thing 0.25
đồ_tắm	swimsuit 1
đồ_tể	butcher 1
đồ_uống	beverage 0.3333	drink 0.6667
đồ_vật	object 0.6667	things 0.3333
đồ_án	desig 0.5	plan 0.5
đồ_án_tốt_nghiệp	thesis 1
đồ_ăn	aliment 0.5	food 0.5
đồ_đá	age 0.5	stone 0.5
đồ_đạc	effect 0.25	funiture 0.25	furnishings 0.25	furniture 0.25
đồ_đảng	accomplice 0.5	partisan 0.5
đồ_đệ	disciple 1
đồ_đồng	age 0.5	bronze 0.5
đồn	about 0.1111	get 0.1111	post 0.3333	rumonr 0.3333	to 0.1111
đồn_aỉ	border 0.5	post 0.5
đồn_bót	postes 1
đồn_luỹ	bastion 1
đồn_thú	border 0.5	guard 0.5
đồn_traị	barracks 0.5	garrison 0.5
đồn_trú	camp 0.5	encamp 0.5
đồn_trưởng	commanding 0.3333	officer 0.3333	post 0.3333
đồn_điền	plantation 1
đồng	brass 0.1	bronze 0.1	copper 0.2	dollar 0.1	dong 0.1	field 0.1	medium 0.1	piastre 0.1	sorcerer 0.1
đồng_baò	compatriot 0.5	countryman 0.5
đồng_bằng	delta 0.5	plain 0.5
đồng_bộ	synchronous 1
đồng_chí	comrade 1
đồng_hoá	assimilation 1
đồng_hồ	clock 0.5	watch 0.5
đồng_hồ_baó_thức	alarm 0.5	clock 0.5
đồng_hồ_mặt_trơì	sundial 1
đồng_hồ_reo	alarm 0.5	clock 0.5
đồng_hồ_đeo_tay	watch 1
đồng_loã	accomplice 0.5	party 0.5
đồng_lòng	consensus 1
đồng_mỹ	dollar 0.75	us 0.25
đồng_nghiã	synonymous 1
đồng_nghiệp	colleague 0.5	coworker 0.5
đồng_phục	uniform 1
đồng_rúp	ruble 1
đồng_thau	brass 1
đồng_thoaị	fairy 0.5	tale 0.5
đồng_thuận	agree 0.25	approve 0.25	consensus 0.25	consent 0.25
đồng_tiền	currency 0.5	money 0.5
đồng_tác_giả	coauthor 1
đồng_tính	homosexual 1
đồng_tính_luyến_aí	homosexual 0.5	homosexuality 0.5
đồng_tử	pupil 1
đồng_vàng	gold 1
đồng_vị	isotope 0.5	isotopic 0.5
đồng_vị_ngữ	apposittion 1
đồng_âm	homonymous 1
đồng_ý	agree 0.5	assent 0.25	concur 0.25
đổ	collapse 0.125	fall 0.125	impute 0.125	pour 0.25	shift 0.125	spill 0.125	throw 0.125
đổ_bác	gambling 1
đổ_bệnh	disease 0.5	pass 0.5
đổ_bộ	land 1
đổ_dồn	concentrate 0.5	flock 0.5
đổ_hôì	roll 1
đổ_khuôn	cast 1
đổ_lôĩ	blame 0.5	impute 0.5
đổ_lộn	down 0.5	upside 0.5
đổ_maú	blood 0.3333	shed 0.3333	spill 0.3333
đổ_mồ_hôi	perspire 0.5	sweat 0.5
đổ_nhaò	fall 0.3333	over 0.1667	thrown 0.1667	topple 0.3333
đổ_nát	collapse 0.3333	fall 0.1667	pieces 0.1667	ruin 0.3333
đổ_quanh	buck 0.1667	pass 0.1667	responsibility 0.1667	round 0.3333	shift 0.1667
đổ_đồng	average 1
đổng	indirect 0.5	random 0.5
đổng_nhung	commanding 0.5	officer 0.5
đỗ	examination 0.1667	park 0.3333	pass 0.1667	stop 0.3333
đỗ_quyên	rail 0.5	water 0.5
đỗ_đạt	examinations 0.25	graduate 0.5	pass 0.25
độ	about 0.2	degree 0.4	measure 0.2	region 0.2
độ_cao	height 1
độ_chừng	about 1
độ_kinh	longitude 1
độ_lượng	generous 0.5	kind 0.5
độ_sâu	depth 1
độ_thân	earn 0.5	living 0.5
độ_thế	mankind 0.3333	save 0.3333	sufferings 0.3333
độ_trì	assist 0.5	preserve 0.5
độ_trước	past 1
độ_vong	mass 0.3333	requiem 0.3333	say 0.3333
độ_ví	latitude 1
độc	noxious 0.3333	poisonous 0.3333	toxic 0.3333
độc_bình	big 0.3333	flower 0.3333	vase 0.3333
độc_bản	reader 1
độc_canh	monoculture 1
độc_chiếm	monopolize 1
độc_chất	toxicant 1
độc_chất_học	toxicology 1
độc_giả	reader 1
độc_haị	baneful 0.3333	harmful 0.3333	noxious 0.3333
độc_kế	perfidious 0.25	plot 0.25	scheme 0.25	wicked 0.25
độc_lập	independence 0.5	independent 0.5
độc_miệng	tongued 0.5	viperish 0.5
độc_mộc	piragua 1
độc_nhất	single 0.5	unique 0.5
độc_quyền	exclusive 0.3333	monopoly 0.3333	sole 0.3333
độc_taì	dictatorial 1
độc_thoaị	monologue 1
độc_thân	celibate 0.3333	single 0.6667
độc_thần_giaó	monotheism 1
độc_trơì	unhealthy 0.5	weather 0.5
độc_tâú	perform 0.5	solo 0.5
độc_tính	toxicity 1
độc_tôn	monolatry 0.5	object 0.5
độc_tố	toxin 1
độc_vận	monorhymed 1
độc_ác	cruel 1
độc_đaó	original 1
độc_đaọ	only 0.5	path 0.25	way 0.25
độc_đinh	having 0.3333	only 0.3333	son 0.3333
độc_đoán	arbitrary 1
độc_ẩm	drinker 0.5	single 0.5
độn	fill 0.3333	pad 0.3333	stuff 0.3333
độn_thổ	ground 0.3333	under 0.3333	vanish 0.3333
độn_tóc	switch 1
độn_vai	pad 0.5	shoulder 0.5
động	boisterous 0.1429	cavern 0.1429	collide 0.1429	heavy 0.1429	move 0.1429	rough 0.1429	touch 0.1429
động_binh	mobilize 0.5	troops 0.5
động_chạm	against 0.1667	personalities 0.1667	refer 0.3333	touch 0.3333
động_cơ	motivation 0.25	motive 0.25	motor 0.5
động_cơ_đốt_trong	combustion 0.3333	engine 0.3333	internal 0.3333
động_cỡn	heat 0.5	rut 0.5
động_danh_từ	gerund 1
động_dục	heat 1
động_dụng	emergency 0.5	use 0.5
động_hình	dynamic 0.5	stereotype 0.5
động_học	kinetics 1
động_kinh	epilepsy 1
động_lực_học	kinetics 1
động_mạch	artery 1
động_mạch_chủ	aorta 1
động_năng	energy 0.5	kinetic 0.5
động_thổ	break 0.25	ground 0.25	groundbreaking 0.5
động_tiên	fairies 0.5	grotto 0.5
động_tác	act 0.3333	action 0.3333	work 0.3333
động_tâm	heart 0.5	stirred 0.5
động_tình	aroused 0.3333	feel 0.3333	sexually 0.3333
động_tính_từ	participle 1
động_tĩnh	commotion 0.5	stir 0.5
động_từ	verb 1
động_viên	mobilize 0.5	ready 0.25	use 0.25
động_vật	animal 1
động_vật_bò_sát	reptile 1
động_vật_chí	fauna 1
động_vật_có_tay	primate 1
động_vật_học	zoology 1
động_vật_không_răng	armadillo 1
động_vật_linh_trưởng	primate 1
động_vật_thân_mềm	mollusc 1
động_đaò	abode 0.25	elysium 0.5	fairy 0.25
động_đâỵ	move 0.5	stir 0.5
động_đĩ	aroused 0.5	sexually 0.5
động_đất	earthquake 0.6667	seism 0.3333
động_đực	rut 1
độp	thud 1
đột	sew 0.5	stich 0.5
đột_biến	change 0.25	mutation 0.1667	sudden 0.1667	suddenly 0.25	undergo 0.1667
đột_khơỉ	rise 0.1667	stage 0.1667	surprise 0.1667	unexpectedly 0.1667	up 0.1667	uprising 0.1667
đột_kích	attack 0.5	suddenly 0.5
đột_ngột	blue 0.1	out 0.1	sudden 0.2	suddenly 0.4	unexpectedly 0.2
đột_nhiên	suddenly 1
đột_nhập	break 0.5	suddenly 0.5
đột_phá	attack 0.25	breach 0.1667	sudden 0.4167	through 0.1667
đột_phá_khâủ	break 0.5	through 0.5
đột_phát	break 0.25	erupt 0.5	out 0.25
đột_tử	death 0.5	sudden 0.5
đột_xuất	burst 0.5	out 0.5
đớn	broken 1
đớn_hèn	vile 1
đớn_mạt	low 0.5	mean 0.5
đớp	bite 0.25	catch 0.25	seize 0.25	snatch 0.25
đờ	motionless 1
đờ_đẫn	stupid 1
đờm	phlegm 0.5	sputum 0.5
đỡ	abate 0.1111	aside 0.03704	hand 0.1111	hold 0.05556	off 0.05556	parry 0.1111	prop 0.03704	relieve 0.1111	satisfy 0.05556	stay 0.1111	time 0.05556	turn 0.03704	up 0.05556	ward 0.05556
đỡ_dâỵ	help 0.3333	stand 0.3333	up 0.3333
đỡ_lơì	another's 0.3333	answer 0.3333	behalf 0.1667	stead 0.1667
đỡ_nhẹ	relieve 1
đỡ_đâù	sponsor 1
đỡ_đần	assist 0.5	friendly 0.25	hand 0.25
đỡ_đẻ	deliver 0.5	midwife 0.5
đợ	pledge 1
đợp	snap 1
đợt	wave 1
đụ	copulate 0.25	fuck 0.5	sexually 0.125	unite 0.125
đục	carve 0.3333	chase 0.1667	chisel 0.5
đục_khoét	money 0.25	squeeze 0.75
đục_ngâù	muddy 1
đụn	dune 0.25	heap 0.5	hill 0.25
đụng	against 0.1667	collide 0.1667	dash 0.1667	hit 0.1667	hurtle 0.1667	touch 0.1667
đụng_chạm	harm 0.3333	touch 0.3333	wound 0.3333
đụng_đâù	run 1
đụng_độ	clash 1
đụp	again 0.1667	brazen 0.25	faced 0.25	over 0.1667	patch 0.1667
đụt_mưa	rain 0.5	shelter 0.5
đủ	adequate 0.3333	enough 0.3333	sufficient 0.3333
đủ_mặt	attendance 0.5	full 0.5
đủ_rôì	enough 1
đủ_số	complete 0.5	full 0.5
đủ_trò	every 0.3333	means 0.3333	possible 0.3333
đủ_ăn	eat 0.5	enough 0.5
đủ_điêù	all 0.125	forward 0.25	know 0.125	perfection 0.25	perfectious 0.25
đủng_đỉnh	fishtail 0.5	palm 0.5
đứ	stiff 1
đức	german 0.1667	germano 0.1667	germany 0.1667	righteousness 0.1667	virtue 0.3333
đức_cha	monsignor 1
đức_dục	education 0.25	educaton 0.25	elevating 0.25	moral 0.25
đức_hạnh	charater 0.3333	good 0.3333	righteousness 0.3333
đức_quốc_xã	reich 0.5	third 0.5
đức_tin	creed 1
đức_tính	quality 0.5	virtue 0.5
đức_ông	highness 0.25	monsignor 0.5	royal 0.25
đức_độ	generosity 0.5	righteousness 0.5
đứng	set 0.3333	stand 0.6667
đứng_bóng	midday 0.5	noon 0.5
đứng_dâỵ	stand 0.5	up 0.5
đứng_giá	price 0.5	stabilized 0.5
đứng_gió	windless 1
đứng_lên	rise 0.5	sit 0.25	up 0.25
đứng_vững	foothold 0.5	keep 0.5
đứng_yên	keep 0.5	still 0.5
đứng_đâù	head 1
đứng_đường	corners 0.3333	lounge 0.3333	treet 0.3333
đứng_đắn	minded 0.25	serious 0.75
đứt	away 0.3333	break 0.3333	cut 0.3333
đứt_gaỹ	fault 1
đứt_hơi	breath 0.25	deal 0.25	out 0.25	tired 0.25
đứt_quãng	interruptedly 1
đứt_ruột	deeply 0.3333	feel 0.3333	pained 0.3333
đứt_tay	cut 0.5	finger 0.5
đứt_đuôi	pikestaff 0.5	plain 0.5
đừ	death 0.5	extremely 0.5
đừng	do 0.25	don't 0.5	not 0.25
đừng_ngaị	welcome 0.5	you're 0.5
đực	buck 0.2	bull 0.2	cock 0.2	he 0.2	male 0.2
đựng	capicity 0.3333	contain 0.3333	hold 0.3333
ōita	oita 1
ōsaka	osaka 1
ōtsu	otsu 1
ơ	indifferent 1
ơ_hờ	indifferent 1
ơi	hello 0.3333	hey 0.3333	yes 0.3333
ơn	favor 0.5	favour 0.5
ơí	call 0.5	repeatedly 0.5
ưa	fond 0.5	like 0.5
ưa_nhìn	attractive 0.5	catching 0.25	eye 0.25
ưng	accept 0.3333	agree 0.3333	hawk 0.1667	sparrow 0.1667
ưng_thuận	agree 1
ưu_aí	affectionate 0.5	favour 0.5
ưu_phiền	sorrow 1
ưu_sâù	sorrowful 1
ưu_tiên	prior 1
ưu_việt	preeminent 1
ưu_điểm	advantage 0.5	point 0.25	strong 0.25
ưá	overflow 0.5	run 0.5
ươn	spoil 0.5	stale 0.5
ươn_hèn	cowardly 1
ương_ngạnh	seft 0.25	stubborn 0.5	willed 0.25
ước	approximate 0.25	estimate 0.25	guess 0.25	wish 0.25
ước_ao	desirous 1
ước_chừng	estimate 1
ước_hẹn	appointment 0.5	fix 0.5
ước_lược	abbreviate 0.5	abbreviation 0.5
ước_lượng	estimate 0.5	measure 0.5
ước_mong	expect 0.5	wish 0.5
ước_muốn	like 0.25	wish 0.5	would 0.25
ước_mơ	dream 0.5	wish 0.5
ước_vọng	aspiration 1
ước_định	plan 1
ước_độ	approximately 1
ướm	try 1
ướp_lạnh	freeze 1
ướt	wet 1
ướt_át	damp 0.5	wet 0.5
ướt_đẫm	soaked 1
ưỡn_eọ	mince 0.5	twist 0.5
ạch	flop 0.5	flump 0.5
ả	lass 1
ả_giang_hồ	prostitute 0.5	street 0.25	walker 0.25
ả_rập_saudi	arabia 0.5	saudi 0.5
ả_rập_xê_út	arabia 0.5	saudi 0.5
ả_đaò	geisha 0.5	girl 0.25	singsong 0.25
ảm_đạm	dreary 0.3333	gloomy 0.3333	sombre 0.3333
ảm_đậm	gray 1
ảnh	figure 0.1667	he 0.1667	image 0.1667	photograph 0.3333	picture 0.1667
ảnh_aỏ	image 0.5	virtual 0.5
ảnh_chân_dung	portrait 1
ảnh_hưởng	effect 0.3333	impact 0.3333	influence 0.3333
ảnh_lưả	fire 0.5	light 0.5
ảnh_tự_chụp	selfie 1
ảnh_tự_sướng	selfie 1
ấm	kettle 0.1667	lukewarm 0.1667	pot 0.1667	tepid 0.1667	warm 0.3333
ấm_chén	set 0.25	sevice 0.25	tea 0.5
ấm_cúng	cosy 0.25	harmonious 0.25	snug 0.25	united 0.25
ấm_no	comfortable 0.5	off 0.25	well 0.25
ấm_pha_trà	teapot 1
ấm_trà	teapot 1
ấm_tích	china 0.5	teapot 0.5
ấm_ách	flatulent 0.3333	puffed 0.1667	up 0.1667	windy 0.3333
ấm_áp	cosy 0.5	warm 0.5
ấm_đun_cà_phê	coffeemaker 1
ấm_đun_nước	teakettle 1
ấm_ớ	baked 0.1667	half 0.1667	haphazard 0.3333	perfunctory 0.3333
ấm_ứ	haw 0.5	hum 0.5
ấn	cram 0.1667	indo 0.1667	jam 0.1667	press 0.3333	seal 0.1667
ấn_bản	matter 0.5	printed 0.5
ấn_chuột	click 1
ấn_chuột_vaò	click 1
ấn_chương	stamp 1
ấn_chỉ	matters 0.25	paper 0.25	printed 0.5
ấn_hành	print 0.5	publish 0.5
ấn_học	indianism 1
ấn_kiếm	seal 0.5	sword 0.5
ấn_loát	print 1
ấn_loát_phẩm	matter 0.5	printed 0.5
ấn_quán	house 0.25	office 0.25	printing 0.5
ấn_tín	official 0.5	seal 0.5
ấn_tượng	impression 1
ấn_vaò	click 1
ấn_định	define 0.5	down 0.25	lay 0.25
ấn_độ	india 1
ấn_độ_dương	indian 0.5	ocean 0.5
ấn_độ_giaó	hindu 0.5	hinduism 0.5
ấp	brood 0.1	embrace 0.1	hamlet 0.3	hatch 0.1	holding 0.05	hug 0.1	incubate 0.1	land 0.05	sit 0.1
ấp_úng	haw 0.25	hum 0.25	stammer 0.5
ấp_ủ	cherish 0.2	entertain 0.2	harbour 0.2	nurse 0.2	nurture 0.2
ất	heaven's 0.3333	second 0.3333	stem 0.3333
ầm	bang 0.25	boisterous 0.25	boom 0.25	noisy 0.25
ầm_ĩ	boisterous 0.25	noisy 0.25	strident 0.25	uproarious 0.25
ầm_ầm	roaring 0.5	rumbling 0.5
ầm_ừ	ha 0.1667	haw 0.3333	hem 0.1667	hum 0.3333
ẩm	damp 0.3333	humid 0.6667
ẩm_thấp	damp 0.3333	dank 0.3333	humid 0.3333
ẩm_thực	drink 0.25	eat 0.25	gastronomy 0.5
ẩm_trà	cha 0.5	yum 0.5
ẩm_ướt	wet 1
ẩn	hidden 0.25	hide 0.25	latent 0.25	thrust 0.25
ẩn_dụ	metaphor 1
ẩn_hiện	appear 0.1667	disappear 0.1667	loom 0.3333	now 0.3333
ẩn_khuất	hidden 1
ẩn_naú	lurk 1
ẩn_nấp	cover 1
ẩn_sĩ	anchorite 0.3333	hermit 0.3333	recluse 0.3333
ẩn_sỉ	retired 0.5	scholar 0.5
ẩn_số	unknown 1
ẩn_tình	feeling 0.25	intimate 0.1667	secret 0.4167	sentiment 0.1667
ẩn_tướng	features 0.3333	hidden 0.3333	physiognomic 0.3333
ẩn_ý	hint 0.5	implication 0.5
ậm_ạch	labouring 0.3333	plodding 0.3333	ploughing 0.3333
ập	bang 0.2	crash 0.2	down 0.1	rush 0.3	tumultuously 0.2
ắc_qui	battery 1
ắng_họng	remain 0.25	silenced 0.5	silent 0.25
ắp	brim 0.1667	brimful 0.3333	brimfull 0.3333	full 0.1667
ắt	certainly 0.5	surely 0.5
ẳng	yelp 1
ẳng_ẳng	bow 0.1667	wow 0.1667	yap 0.3333	yelp 0.3333
ẵm	arms 0.1667	bear 0.3333	carry 0.5
ẹp	deflate 0.5	flatten 0.5
ế	saleable 0.5	sell 0.5
ế_chồng	shelf 1
ế_ẩm	customers 0.1667	find 0.1667	unable 0.1667	unmarketable 0.5
ếch	frog 1
ếch_nhaí	amphibians 1
ếm	bewitch 0.5	exorcize 0.5
ếnh	big 0.25	child 0.25	swell 0.5
ề	along 0.5	come 0.5
ề_à	drawl 0.25	haw 0.25	hum 0.25	out 0.25
ềnh	full 0.1111	length 0.1111	lie 0.1111	out 0.1667	stick 0.1667	swell 0.3333
ễnh	swell 1
ễnh_ương	bull 0.5	frog 0.5
ệnh	dull 1
ỉ_eo	complan 0.3333	nag 0.6667
ỉm	bruke 0.3333	hush 0.3333	up 0.3333
ị	go 0.5	stool 0.5
ịch	chug 0.3333	thud 0.6667
ịt	grunt 0.5	oink 0.5
ọ_ẹ	bable 1
ọc	throw 0.25	up 0.25	vomit 0.5
ọc_ạch	flatulent 1
ọp_ẹp	cranky 0.3333	crumbling 0.3333	tottering 0.3333
ỏm	noise 1
ỏm_toỉ	noisy 0.5	uproarious 0.5
ỏn_ẻn	manneristically 0.3333	soft 0.3333	spoken 0.3333
ỏng	swell 1
ỏng_bụng	bellied 0.5	pot 0.5
ỏng_eọ	mincing 1
ố	smeared 1
ốc	gasteropod 0.25	screw 0.25	shellfish 0.25	snail 0.25
ốc_saọ	arrogant 0.5	bold 0.5
ốc_sên	snail 1
ốc_vít	screw 1
ốc_xà_cừ	mother 0.5	pearl 0.5
ốc_đaỏ	oasis 1
ốm	ill 0.5	sick 0.5
ốm_nghén	morning 0.5	sickness 0.5
ốm_nhom	lath 0.5	thin 0.5
ốm_o	ailing 0.5	sickly 0.5
ốm_yêú	feeble 0.5	thin 0.25	weak 0.25
ốm_đòn	badly 0.1111	beat 0.1667	beaten 0.1111	dead 0.1667	exhausted 0.3333	up 0.1111
ống	duct 0.3333	pipe 0.3333	tube 0.3333
ống_bơm	bicycle 0.25	motorbike 0.25	pump 0.5
ống_chân	shin 1
ống_chích	syringe 1
ống_chỉ	spool 1
ống_dẫn	conduct 0.5	track 0.5
ống_dẫn_đaí	ureter 1
ống_hút	drinking 0.5	straw 0.5
ống_khoí	chimney 1
ống_lòng	telescopic 1
ống_máng	gutter 1
ống_nghe	earphone 0.25	receiver 0.25	stethoscope 0.5
ống_nhòm	binocular 0.1667	binoculars 0.5	field 0.1667	grass 0.1667
ống_nhỏ_giọt	dropper 1
ống_quyển	shin 1
ống_tay	sleeve 1
ống_thoát_nước	drainpipe 1
ống_thuốc	ampoule 1
ống_tiêm	syringe 1
ống_trơì	creator 0.5	heaven 0.5
ống_vôi	cylindrical 0.3333	holder 0.3333	lime 0.3333
ống_xôí	gutter 1
ống_đaí	urethra 1
ống_điêú	pipe 1
ống_đót	cigarette 0.5	holder 0.5
ốp	goad 0.25	meager 0.25	press 0.125	prod 0.25	together 0.125
ốt_dột	ashamed 0.5	shy 0.5
ồ	flow 0.2	o 0.2	oh 0.4	rush 0.2
ồ_ạt	crowd 0.5	mass 0.5
ồ_ề	hoarse 0.3333	hulky 0.3333	husky 0.3333
ồ_ồ	deep 1
ồm_ồm	croaky 0.5	hoarse 0.5
ồm_ộp	croak 1
ồn	noisy 0.5	uproarious 0.5
ồn_aò	noisy 1
ồn_ã	noisy 0.5	riotous 0.5
ồn_ồn	incessantly 0.5	noisy 0.5
ổ	nest 0.5	roll 0.5
ổ_bi	ball 0.5	bearing 0.5
ổ_chuột	hole 0.5	rat 0.5
ổ_cắm	socket 1
ổ_gà	hole 0.5	pot 0.5
ổ_khoá	lock 1
ổ_kiến	ant 0.25	ants 0.25	hill 0.25	nest 0.25
ổ_lợn	piggery 0.5	pigsty 0.5
ổ_môí	termitarium 0.5	termitary 0.5
ổ_mắt	eye 0.5	socket 0.5
ổ_răng	alveolus 1
ổ_trục	block 0.5	pillow 0.25	plummer 0.25
ổ_điã_cứng	disk 0.2778	drive 0.2778	hard 0.4444
ổn	hitch 0.1	ok 0.2	safe 0.2	settled 0.2	snooth 0.2	without 0.1
ổn_thoả	all 0.1667	composed 0.1667	everyone's 0.1667	liking 0.1667	satisfactorily 0.1667	satisfactory 0.1667
ổn_áp	stabilizer 0.5	voltage 0.5
ổn_định	safe 0.3333	settled 0.3333	stable 0.3333
ổng	he 1
ộ_ệ	big 0.5	child 0.5
ộc	flow 0.25	out 0.5	stream 0.25
ộn	accumulate 1
ộn_ện	lumberly 1
ộp_oạp	croak 1
ớ_naỳ	hallo 0.5	hello 0.5
ớn	fed 0.25	sickening 0.5	up 0.25
ớn_lạnh	chilly 0.5	feel 0.5
ớn_mình	shivers 1
ớt	chili 0.25	chilli 0.25	paprika 0.25	pepper 0.125	red 0.125
ớt_cay	chili 1
ớt_xanh	green 0.5	pepper 0.5
ờ	yea 0.25	yeah 0.25	yep 0.25	yes 0.25
ờ_ờ	um 1
ở	abide 0.1	about 0.1	at 0.1	be 0.1	in 0.1	live 0.2	remain 0.1	reside 0.1	stay 0.1
ở_bên_phaỉ	right 1
ở_bên_traí	left 1
ở_chỗ_naò	somewhere 1
ở_cữ	childbirth 0.5	congined 0.5
ở_giưã	between 1
ở_laị	ramain 0.3333	stay 0.6667
ở_lì	glued 0.25	move 0.5	place 0.25
ở_muà	causual 0.3333	servant 0.3333	serve 0.3333
ở_mướn	serve 0.5	wages 0.5
ở_phiá_sau	abaft 1
ở_qua_đêm	overnight 1
ở_taị	at 1
ở_thuê	house 0.4167	live 0.1667	rent 0.25	rented 0.1667
ở_truồng	off 0.25	trousers 0.75
ở_trên	above 1
ở_trần	back 0.25	bare 0.25	half 0.25	naked 0.25
ở_trọ	board 0.5	live 0.25	lodgings 0.25
ở_vâỵ	continue 0.5	widowhood 0.5
ở_đâu	where 1
ở_đây	here 1
ở_đơì	life 1
ở_đằng_sau	abaft 1
ở_đợ	servant 0.5	serve 0.5
ợ	belch 0.5	burp 0.25	eruct 0.25
ợt	child's 0.3333	like 0.3333	play 0.3333
ục_ịch	heavily 0.5	heavy 0.5
ụt_ịt	dumpy 1
ủ	gloomy 0.3333	keep 0.3333	sullen 0.3333
ủ_dột	dull 0.3333	gloomy 0.3333	sullen 0.3333
ủ_rũ	doleful 0.5	mournful 0.5
ủ_ê	sorrowful 1
ủn_ỉn	oink 1
ủng	boot 1
ủng_hộ	second 0.5	support 0.5
ứ	yeah 0.5	yes 0.5
ứ_huyết	congest 1
ứ_đọng	stagnant 1
ức	anger 0.1667	chest 0.3333	choke 0.1667	lakh 0.3333
ức_chế	control 0.2	repress 0.2	restrain 0.2	restrict 0.2	suppress 0.2
ứng_biến	accordingly 0.5	cope 0.5
ứng_cử_viên	candidate 1
ứng_dụng	apply 1
ứng_khâủ	extemporaneous 0.25	extempore 0.25	extemporize 0.25	improvise 0.25
ứng_phó	cope 1
ứng_thí	compete 1
ứng_đáp	reply 1
ừ	yeah 0.3333	yep 0.3333	yes 0.3333
ửng_hồng	pink 0.25	redden 0.5	turn 0.25
ực	gulping 0.5	swillingly 0.5
ỷ	depend 1
ỷ_eo	nag 1
層_tầng	storey 1
札幌_trát_hoảng	sapporo 1
