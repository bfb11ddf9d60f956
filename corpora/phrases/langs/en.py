L = dict(
    tlds=["co.uk", "com", "co.uk", "ca", "com.au", "ie", "com"],
    oid_prefix=["202", "203", "204", "205", "206", "026", "111", "113", "114", "702", "503"],
    buyers=["Laura", "Mike", "Priya", "Gareth", "Sinead", "Tom", "Chloe", "Daniel", "Aisha", "Rob",
            "Megan", "Callum", "Jess", "Owen", "Harriet"],
    agents=[("Tom", "Brightwick Home"), ("Ellie", "Fernway Outdoor"), ("Sam", "Copperkettle Kitchen"),
            ("Nadia", "Little Lantern Co"), ("Josh", "Harbourline Tools"), ("Becky", "Pennywhistle Crafts"),
            ("Liam", "Greenhaven Goods")],
    greet=["Hi {b},", "Hello {b},", "Dear {b},", "Hi there {b},", "Good morning {b},"],
    sign=["Kind regards,\n{a}\n{s}", "Best wishes,\n{a}\n{s}", "Thanks,\n{a} - {s}",
          "All the best,\n{a}\n{s} Customer Care", "Cheers,\n{a}\n{s}"],
    close=["Have a lovely week.", "Thanks again for your patience.", "Enjoy the rest of your day.",
           "Thanks for shopping with us."],
    wrote="{b} wrote:",
    re=["Re: ", "Re: ", "RE: "],
    subj_r=["Question about my order", "Inquiry from Amazon customer {b} (Order: {oid})",
            "Order delivery inquiry from Amazon customer {b} (Order: {oid})", "My order", "Problem with item"],
    subj_up=["Your order {oid}", "Order {oid}", "Thank you - order {oid}", "Update on order {oid}"],
    subj_none=["Your order {oid}", "Order {oid} - quick question", "About your order {oid}", "Order {oid}"],
    ctx=dict(
        del_p=[("Your order {oid}", "According to the tracking, your parcel reached you on Tuesday."),
               ("Order {oid} - a quick follow-up", "Your order was delivered a few days ago and we hope everything arrived in good shape."),
               ("Following up on order {oid}", "It's been about a week since your order arrived."),
               ("Your recent order {oid}", "We hope your new purchase has been getting plenty of use.")],
        del_r=[("Parcel arrived today, all good. Thanks!", "Thanks for letting us know it arrived safely."),
               ("Got it, looks great.", "Lovely to hear that."),
               ("Just to say the order came this morning.", "Thanks for the update - glad it got to you so quickly."),
               ("Arrived and works perfectly, cheers.", "That's great news, thanks for taking the time to write.")],
        fix_r=[("The replacement came yesterday and it works fine now.", "Great to hear the replacement is working."),
               ("Refund received, thanks for sorting it.", "Thanks for confirming the refund came through."),
               ("OK the new charger works. Took long enough.", "Sorry again for the wait, and thanks for confirming the new charger works."),
               ("Thanks, the missing part arrived.", "Glad the missing part made it to you.")],
        fix_p=[("Your replacement for order {oid}", "The tracking shows your replacement was delivered yesterday."),
               ("Order {oid} - refund completed", "Your refund of £32.00 was processed on Monday and should be on your statement by now."),
               ("Order {oid}: the missing part", "The missing shelf bracket we sent separately was delivered this morning.")],
        prob_r=[("The handle snapped off after two days. Not impressed.", "I'm sorry the handle broke so quickly, and thanks for the photo."),
                ("One of the glasses arrived broken.", "Sorry to hear one of the glasses was broken in transit."),
                ("It doesn't charge at all.", "Sorry it won't charge - that's definitely not how it should be."),
                ("Wrong colour sent, I ordered grey not beige.", "Apologies for sending the wrong colour.")],
        prob_p=[("Delivery issue with order {oid}", "The courier has let us know that your parcel was damaged in transit."),
                ("Order {oid}: part missing from your parcel", "While checking our packing records we noticed the wall brackets were left out of your parcel.")],
        neg_r=[("I'm leaving a 1 star review, this is rubbish.", "I'm sorry the blender has let you down."),
               ("Already left you negative feedback. Never again.", "We're sorry to read about your experience."),
               ("If this isn't fixed I'll be writing a review everyone will see.", "I understand your frustration and we want to get this fixed.")],
        neg_p=[("About your feedback on order {oid}", "We saw the feedback you left on this order and we're sorry the delivery was late."),
               ("Order {oid} - following up on your review", "We've read your review of the desk lamp and have already refunded the order in full.")],
        purp_p=[("Delivery update for order {oid}", "The carrier has told us your parcel is running two days late and should now arrive on Thursday."),
                ("Your VAT invoice - order {oid}", "As requested, your VAT invoice is now available to download from Your Orders."),
                ("Return received - order {oid}", "Your return arrived at our warehouse today and the refund has been issued."),
                ("Engraving details for order {oid}", "Before we start the engraving, please confirm the text should read \"Happy 40th, Sam\"."),
                ("Order {oid}: delivery slot for your wardrobe", "Our two-person team can deliver the wardrobe on Tuesday or Thursday - which suits you better?")],
        rude_r=[("THREE WEEKS and still nothing. Worst seller ever, I want my money back NOW.", "We've checked your order."),
                ("Your product is useless and your service is a joke.", "Thank you for your message."),
                ("Don't bother replying with excuses, just refund me.", "We've looked into your order."),
                ("Worst purchase ever. Did anyone even test this thing?", "Thanks for getting in touch.")],
        q_r=[("Can I put the lid in the dishwasher?", "Yes, the lid is dishwasher safe on the top rack."),
             ("Does this fit a 28 inch wheel?", "It fits wheels from 26 to 29 inches."),
             ("Is the cable included?", "Yes, a 1.5 m USB-C cable is in the box.")],
        ret_r=[("How do I send this back? It's too small.", "Sorry it's too small."),
               ("The heater stopped working after a month. What are my rights?", "Sorry to hear the heater has stopped working."),
               ("Can I return a personalised item?", "Thanks for asking before sending it back.")],
    ),
)

L["items"] = r"""
RI|p|del|gift card for posting a review, screenshot proof|If you get a minute to post a review, just reply with a screenshot and we'll send a £10 Amazon gift card as a thank-you.
RI|r|del|euphemism 'make it worth your while', money back|Leave us a few words on the product page and we'll make it worth your while - a little something back on your card.
RI|r|prob|refund made conditional on a review|We're happy to refund the full £24.99 as soon as your review is live on Amazon.
RI|p|del|free accessory to everyone who reviews this month|Honest reviews help us a lot, and anyone who writes one this month gets a free set of replacement filters from us.
RI|p|del|prize draw entry for reviewers|Everyone who reviews their order before 30 June goes into our monthly draw for a £50 voucher.
RI+FR|r|neg|voucher offered for taking a review down, question|Would you consider taking the review down? We could offer a 25% voucher on your next order in return.
RI+RM|p|del|discount code for a 5-star review, casual|Drop us a 5-star review and we'll send you a code for 20% off whatever you fancy next.
RI|r|del|typos, vague future perks for reviewers|if you fancy writing a reveiw we'd love to add you to our VIP list - early acess to new stuff and a few perks along the way.
RI|p|del|reimbursement promised, spread over two sentences|We'd really appreciate a review. Once it's up, drop us a line and we'll reimburse what you paid for the item.
RM|p|del|explicit five-star request, small-shop appeal|If everything arrived as expected, we'd be grateful for a five-star review - it means the world to a small shop like ours.
RM|p|del|review gating, happy vs not happy, two sentences|Happy with your order? Please share it in a review. Not quite right? Reply here instead and we'll sort it out before you post anything.
RM|r|prob|asks to hold off on a negative review|Please hold off on leaving a negative review while we look into this - we promise we'll make it right.
RM|p|del|tells buyer what to mention in the review|When you write your review, it would help if you could mention how quick the delivery was and how sturdy the frame feels.
RM|r|del|colloquial 'put in a good word', glowing review|Glad you love it! Feel free to put in a good word for us on Amazon - a glowing review really helps.
RM|p|del|question form, 'full marks' euphemism|Would you say we deserve full marks? If so, a top rating on the product page would make our day.
RM|r|neg|come to us first instead of a bad review|Next time something goes wrong, please come to us first rather than leaving a bad review - we always fix things.
RM|p|del|passive voice, positive reviews only if pleased|Positive reviews are what keep us going, so one would be hugely appreciated if you're pleased with your order.
FR|r|fix|direct removal request after replacement|Now that the replacement has arrived, would you mind removing the negative feedback you left for us?
FR+RM|r|fix|asks to bump 1 star up to 5 stars|Since it's all sorted now, could you bump your 1-star rating up to 5 stars?
FR|p|neg|polite but pressing, feedback still showing|We noticed your feedback on this order is still showing. We'd be grateful if you could delete it now that your refund has gone through.
FR|r|fix|indirect 'take another look and amend'|When you have a moment, could you take another look at the review you wrote and amend it so it matches how things ended up?
FR|r|neg|pushy, account impact, deadline today|We need this feedback removed as soon as possible as it's affecting our account, so please delete it today.
FR+RM|p|fix|hedged euphemism 'refresh to something more positive'|If you feel like it, a quick refresh of your earlier review to something a bit more positive would mean a lot to us.
FR|r|fix|step-by-step removal instructions as a nudge|To remove the feedback, just go to Your Orders, choose Leave seller feedback and click Remove - it only takes a second.
FR|p|neg|passive voice 'would be appreciated if withdrawn'|It would be much appreciated if the review could be withdrawn, given that the issue has now been fully resolved.
MK|p|purp|upcoming sale announcement|By the way, our summer sale starts on Friday with up to 40% off the whole garden range.
MK|r|q|cross-sell matching item from the same range|If you like it, the matching teapot from the same range is back in stock too and pairs beautifully with it.
MK|r|del|standalone coupon code for next purchase|Here's a little thank-you for your next visit: use code WELCOME15 for 15% off anything in our shop.
MK|p|purp|newsletter sign-up invitation|You can also join our newsletter to be the first to hear about new arrivals and subscriber-only offers.
MK|r|q|third-party product referral|For the best results we recommend pairing it with the BrewMaster descaler from our partner brand, which is on offer this month.
MK|p|purp|new product launch, soft 'worth a look'|We've just launched a cordless version of this vacuum - worth a look if you ever fancy an upgrade.
MK|r|del|typo, browse our storefront|Glad it arrived ok! Dont forget to check out the rest of our storefront, we've got loads of new colours in.
MK|p|purp|limited-time bundle offer|For a limited time, customers who bought a kettle can add a matching toaster at half price.
OF|r|rude|profanity 'don't give a damn'|Frankly we don't give a damn what you think of the packaging.
OF|r|rude|insult 'only an idiot'|Only an idiot would plug a 110 V adapter straight into a UK socket, so this one's on you.
OF|r|rude|threat to expose buyer's details online|Keep sending messages like this and we'll post your name and address online so everyone knows what kind of customer you are.
OF|r|rude|mocking, condescending 'crying to us'|Maybe read the instructions next time instead of crying to us - it's not rocket science.
OF|r|rude|veiled threat 'we have your address'|Just remember we have your address, and we don't forget customers like you.
OF|r|neg|profanity with asterisk masking|Your review is complete bullsh*t and you know it.
OF|r|rude|typo 'patheitc', belittling|Honestly this is patheitc behaviour from a grown adult.
OF|r|rude|crude 'shut up'|Shut up and stop wasting our time with your nonsense.
OO|p|purp|reply STOP to opt out|If you'd rather not hear from us again, simply reply STOP to this email.
OO|p|del|unsubscribe instruction after a neutral review request|We'd appreciate a review if you have a moment. To unsubscribe from future emails, reply with the word unsubscribe in the subject line.
OO|p|purp|manage email preferences text|You can manage your email preferences or opt out of messages from us at any time.
OO|r|del|offer to take buyer off mailing list|Let us know if you'd like to be taken off our mailing list for follow-up messages.
OO|p|purp|question 'don't want these emails?'|Don't want these emails? Just write back 'no more' and we'll remove you from our list.
OO|p|del|footer 'you are receiving this because', neutral request above|We'd welcome your feedback on this order. You are receiving this message because you bought from us; unsubscribe by replying to this email.
OO|p|purp|points to Amazon communication preferences to opt out|To stop receiving messages like this one, you can opt out under communication preferences in your Amazon account.
OO|r|fix|typo, informal 'say the word and we'll opt you out'|If you dont want any more emails from us just say the word and we'll opt you out.
UP|p|up|order confirmation|Thank you for your order! We've received it and are getting it ready for dispatch.
UP|p|up|shipping confirmation with tracking number|Good news - your parcel is on its way with Royal Mail, tracking number AB123456789GB.
UP|p|up|thank-you only|We just wanted to say a big thank you for choosing us. Enjoy your new lamp!
UP|p|up|here-to-help only|Just a quick note to let you know we're here if you have any questions about your purchase.
UP|p|up|out-of-stock notice with restock estimate|Unfortunately the blue version you ordered is currently out of stock, and we expect new stock in about three weeks.
UP|p|up|dispatch notice, informal|Your order left our warehouse this morning and should be with you in 2-3 working days.
UP|p|up|delivery confirmation|Our records show your parcel was delivered today - we hope you love it.
UP|p|up|typos, thanks for your business|Thanks again for shopping with us, we realy appreciate your buisness.
OK:rev|p|del|neutral feedback request, classic|If you have a moment, we'd appreciate your feedback on this order.
OK:rev|p|del|neutral review request, good or bad|Once you've used it for a while, we'd be glad to hear what you think in a product review - good or bad, it all helps.
OK:rev|p|del|honest review helps other buyers|An honest review on Amazon would help other buyers decide whether it's right for them.
OK:rev|p|del|question form, neutral, whatever you write|Would you be willing to share your experience in a review? Whatever you write, we read every one.
OK:rev|p|del|seller feedback via Your Orders|If you'd like to leave seller feedback about how the order went, you can do so from Your Orders.
OK:rev|r|q|review request inside a support reply|If you get a chance later on, a review of the product would be appreciated.
OK:rev|p|del|positive or critical both welcome|Feedback on the product, positive or critical, helps us improve, so we'd welcome a review if you have time.
OK:rev|p|del|'whenever suits you' neutral|We'd love to know how the tent held up on your trip - feel free to leave a review whenever it suits you.||We hope the weather was kind on your camping trip.
OK:upd|r|fix|feedback can be updated, entirely up to you|If you feel the issue has been resolved, you're welcome to update your feedback - entirely up to you, of course.
OK:upd|r|fix|possible to update or remove, no obligation|It's possible to update or remove the feedback you originally left, should you wish to; there's no obligation at all.
OK:upd|r|fix|Amazon lets you edit, no pressure|Just so you know, Amazon lets you edit feedback for 90 days, in case you ever want to. No pressure either way.
OK:upd|r|fix|revise any time, don't feel you have to|You can revise your review at any time if your view has changed, but please don't feel you have to.
OK:upd|r|fix|your call whether to change rating|Whether you change your rating or not is completely your call - we're just glad it's working now.
OK:upd|r|fix|feedback stays as it is unless you decide|Any feedback you've left stays as it is unless you decide otherwise; we simply wanted to make things right.
OK:upd|p|fix|proactive, Amazon's own acceptable wording idea|If you are satisfied that we have resolved your concern, it is possible to update the feedback you originally provided, but only if you would like to.
OK:ref|r|prob|full refund, keep the item|We've issued a full refund of £18.50 today - there's no need to send the broken item back.
OK:ref|r|prob|partial refund as apology for missing parts|As an apology for the trouble, we've refunded 20% of the price to your original payment method.
OK:ref|r|prob|free replacement on its way|A free replacement is on its way and should arrive by Thursday.
OK:ref|p|prob|proactive replacement after carrier damage|We've already sent a new one free of charge, so you don't need to do anything.||The courier has let us know that your parcel was damaged on the way to you.
OK:ref|r|prob|choice of replacement or partial refund|We can either send a replacement or give you a partial refund of £7 and you keep the set - whichever you prefer.
OK:ref|r|prob|refund of return postage|We'll refund the return postage as well, so it won't cost you anything.
OK:ref|r|neg|unconditional refund after threatened 1-star review|We've refunded your order in full; this doesn't depend on anything else, and we're sorry it went wrong.
OK:ref|r|prob|declines voucher, refunds difference instead|We'd rather not send a voucher you'd have to spend with us, so we've simply refunded the £4 difference to your card.
OK:firm|r|rude|asks to keep it respectful|We understand you're frustrated, but we'd ask you to keep the conversation respectful so we can help.
OK:firm|r|rude|polite refusal of return, reason given|We can't accept the return of a product that has been used for painting, as explained in the listing; we're sorry this isn't the answer you hoped for.
OK:firm|r|rude|disagrees with tone, still helps|While we don't agree with how it's put, we do want to fix the problem: could you send us a photo of the crack?
OK:firm|r|rude|answers threat calmly with facts|There's no need for threats - the refund was already issued on Monday and should appear within 3-5 working days.
OK:firm|r|rude|ignores personal remarks, offers help|We won't respond to the personal remarks, but we're happy to go through the setup steps with you again.
OK:firm|r|rude|accusation of scam answered with tracking facts|Calling us scammers doesn't change the tracking record, which shows the parcel was signed for on 4 May; if that wasn't you, Amazon can open an investigation.
OK:firm|r|rude|asks for patience, firm timeline|Please understand that our team is doing its best; we'll answer your return question as soon as the warehouse has checked the item.
OK:info|r|q|'5 Star' is a model name, not a rating|The "5 Star" in the name is just the model line - it isn't a rating of any kind.|Why is it called the 5 Star Pro? Is that a hotel standard?|Good question.
OK:info|r|q|sale price explained, non-promotional|The price you paid was the sale price at the time, which is why it was lower than your earlier order.|Why was it cheaper this time than in March?|Thanks for checking.
OK:info|r|q|collection name explains compatibility|This cover is part of the Heritage collection, so it fits 45 cm inserts but not 50 cm ones.|Will it fit a 50 cm cushion?|Thanks for asking before you open it.
OK:info|r|q|no newsletters sent to Amazon buyers|We don't send newsletters or adverts to Amazon customers, so you'll only hear from us about this order.|Will I now get spam from you?|That's a fair question.
OK:info|r|q|companion app is a product feature|The scale pairs with the free FitTrack app via Bluetooth, and the setup steps are on page 4 of the manual.|Does it need an app?|Happy to help.
OK:info|r|q|IP67 rating explained|The IP67 rating means it can handle rain and brief submersion, but it isn't meant for swimming.|Can I wear it in the pool?|Thanks for your question.
OK:info|r|q|mentions what other reviews say about smell|Some reviews mention a plastic smell at first; airing the mat for a day usually takes care of it.|It smells a bit of plastic, is that normal?|Sorry about the smell.
OK:info|r|q|star ratings are Amazon's, seller can't change them|The star rating on the listing is calculated by Amazon from all reviews, and we can't edit or remove it.|Why does it only show 3.9 stars when mine is great?|Glad yours is working well.
OK:thx|p|none|thanks + engraving confirmation|Thank you for your order - before we engrave the watch, could you confirm the initials should read "J.M.R."?
OK:thx|p|none|thanks + delivery slot for bulky item|Thanks for ordering the sofa; the carrier needs a delivery slot, so could you let us know which weekday works best?
OK:thx|p|none|thanks + missing house number|Thank you for your purchase. The house number seems to be missing from the delivery address - could you reply with it so the parcel isn't returned to us?
OK:thx|p|none|thanks + return received, refund timing|Many thanks for sending the parcel back; it arrived today and your refund will follow within two working days.
OK:thx|p|none|thanks for patience + delay notice|Thanks for your patience: the carrier has told us your parcel is delayed by a local strike, and the new estimate is 14 May.
OK:thx|p|none|thanks + VAT invoice available|Thank you for buying from us. You asked for a VAT invoice at checkout, and it's now uploaded under Your Orders.
OK:thx|p|none|thanks + made-to-measure width check|Thanks for choosing a made-to-measure blind - please double-check the width of 112.5 cm before we cut the fabric tomorrow.
OK:sat|r|del|'if anything isn't right, reply here'|If anything isn't right with the bike light, just reply here and we'll sort it out.
OK:sat|r|fix|not fully satisfied with repair, get in touch|Should you not be fully satisfied with the repair, please get in touch and we'll find another solution.
OK:sat|r|q|size doesn't work out, 30-day return|If the size doesn't work out, you can return it within 30 days; just message us if you need help with the label.
OK:sat|r|q|not happy with colour, let us know|Not happy with the colour once it's on the wall? Let us know and we'll see what we can do.
OK:sat|p|purp|unhappy with anything, tell us|If you're unhappy with anything about the order, please tell us - we'd rather hear it than have you stuck with something that doesn't work.
OK:sat|r|fix|same fault again, write straight away|In case the replacement shows the same fault, write to us straight away and we'll refund you.
OK:sat|r|del|not satisfied with fit, swap size|If you're not satisfied with the fit, contact us and we'll swap it for the next size up.
OK:legal|r|ret|30-day return window via Your Orders|You have 30 days from delivery to return the item under Amazon's returns policy, and you can start the return from Your Orders.
OK:legal|r|ret|statutory rights for faulty goods|As the heater is faulty, you're covered by your statutory rights, so whether we refund or repair it is your choice.
OK:legal|r|ret|personalised items excluded unless faulty|Personalised items are excluded from the return window unless they're faulty, which is the case here, so we'll take it back.
OK:legal|r|ret|warranty in addition to legal rights|The manufacturer's two-year warranty applies in addition to your legal rights, and claims go through us.
OK:legal|r|ret|who pays return postage|Return postage is free for faulty items; for change-of-mind returns the cost of £4.20 is deducted from the refund.
OK:legal|r|ret|A-to-z Guarantee explained|You're protected by the A-to-z Guarantee either way, so if the parcel doesn't turn up by Friday, let us know and we'll refund you.
"""
