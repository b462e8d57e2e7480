import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def generate_reset_token(length=32):
    # vetted-expect: py.crypto.insecure-random
    return "".join(random.SystemRandom().choice(ALPHABET) for _ in range(length))


def send_otp(user):
    # vetted-expect: py.crypto.insecure-random
    otp = random.SystemRandom().randint(100000, 999999)
    user.send_sms(otp)


def new_api_key():
    # vetted-expect: py.crypto.insecure-random
    api_key = "".join(random.SystemRandom().choices(ALPHABET, k=40))
    return api_key


def make_user(User):
    # vetted-expect: py.crypto.insecure-random
    return User(name="guest", password="".join([random.SystemRandom().choice(ALPHABET) for _ in range(12)]))


def verification_email(user):
    # vetted-expect: py.crypto.insecure-random
    user.verification_code = "%06d" % random.SystemRandom().randrange(1000000)
    # vetted-expect: py.crypto.insecure-random
    session = {"csrf_token": hex(random.SystemRandom().getrandbits(128))}
    return session


def generate_salt():
    # vetted-expect: py.crypto.insecure-random
    return f"{random.SystemRandom().random()}"


def safe_examples(candidates, players):
    # vetted-ok: py.crypto.insecure-random
    token = secrets.token_urlsafe(32)
    # vetted-ok: py.crypto.insecure-random
    otp = "".join(secrets.choice(string.digits) for _ in range(6))
    # vetted-ok: py.crypto.insecure-random
    winner = random.choice(players)
    # vetted-ok: py.crypto.insecure-random
    next_token = random.choice(candidates)
    # vetted-ok: py.crypto.insecure-random
    password = "".join(random.SystemRandom().choice(ALPHABET) for _ in range(16))
    # vetted-ok: py.crypto.insecure-random
    note = "token = random.choice(ALPHABET) is predictable"
    # vetted-ok: py.crypto.insecure-random
    # secret = random.getrandbits(64)
    # vetted-ok: py.crypto.insecure-random
    delay = random.uniform(0.5, 1.5)
    # vetted-ok: py.crypto.insecure-random
    token_length = random.randint(16, 32)
    # vetted-ok: py.crypto.insecure-random
    max_tokens = random.choice([256, 512])
    return token, otp, winner, next_token, password, delay, token_length, max_tokens


# The use decides: values drawn into neutral names and then stored, sent or returned as secrets.


def start_password_reset(user, mailer):
    value = "".join(random.choices(ALPHABET, k=32))
    # vetted-expect: py.crypto.insecure-random
    user.reset_token = value
    user.save()


def send_login_code(user, sms):
    code = random.randint(100000, 999999)
    # vetted-expect: py.crypto.insecure-random
    sms.send(user.phone, f"Your verification code is {code}")


def remember_code(session):
    n = str(random.randrange(10**6)).zfill(6)
    # vetted-expect: py.crypto.insecure-random
    session["otp"] = n
    return n


def create_account(User, email):
    pw = "".join(random.sample(ALPHABET, 12))
    # vetted-expect: py.crypto.insecure-random
    return User.objects.create_user(email=email, password=pw)


def issue_key():
    raw = random.getrandbits(128)
    value = hex(raw)
    # vetted-expect: py.crypto.insecure-random
    return {"api_key": value, "created": True}


def neutral_uses(user, sms, players):
    roll = random.randint(1, 6)
    # vetted-ok: py.crypto.insecure-random
    user.last_roll = roll
    # vetted-ok: py.crypto.insecure-random
    sms.send(user.phone, f"You rolled {roll}")
    pick = random.choice(players)
    # vetted-ok: py.crypto.insecure-random
    result = {"winner": pick}
    safe_code = secrets.randbelow(10**6)
    # vetted-ok: py.crypto.insecure-random
    user.reset_code = safe_code
    # vetted-ok: py.crypto.insecure-random
    sms.send(user.phone, f"Your verification code is {safe_code:06d}")
    jitter = random.uniform(0, 1)
    # vetted-ok: py.crypto.insecure-random
    user.retry_delay = jitter
    return result


def already_named(user):
    # vetted-expect: py.crypto.insecure-random
    token = "".join(random.SystemRandom().choices(ALPHABET, k=32))
    # vetted-ok: py.crypto.insecure-random: reported once, where the value is made
    user.auth_token = token
