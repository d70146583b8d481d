// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BLS} from "./BLS.sol";
import {ICertificateVerifier} from "./ICertificateVerifier.sol";

/// A sequencer committee of BLS12-381 keys: a certificate is a signer bitfield and one aggregate
/// signature over the digest, valid when at least two thirds of the members signed. Every key is
/// registered with its proof of possession (which FastAggregateVerify needs against rogue keys).
/// The committee rotates itself: two thirds of the current members certify the next committee,
/// which takes over ROTATION_DELAY seconds later (a deployment parameter: long enough for every
/// sidecar to see the proposal, 10 minutes on a public chain). See docs/contracts.md.
contract BLSCommittee is ICertificateVerifier {
    bytes public constant SIGN_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
    bytes public constant POP_DST = "BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
    uint64 public immutable ROTATION_DELAY;
    uint256 public constant MAX_MEMBERS = 128;

    /// A member as registered: its 48-byte compressed key (what its proof of possession signs),
    /// the same key as an EIP-2537 G1 point (128 bytes) and the proof as a G2 point (256 bytes).
    struct Member {
        bytes pubkey;
        bytes point;
        bytes pop;
    }

    error CommitteeSize(uint256 size);
    error InvalidMember(uint256 index);
    error DuplicateMember(uint256 index);
    error BadPossession(uint256 index);
    error WrongEpoch(uint64 got, uint64 current);
    error BitfieldLength(uint256 want, uint256 got);
    error SignerBeyondCommittee(uint256 bit, uint256 size);
    error BelowThreshold(uint256 signed, uint256 need);
    error BadAggregate();
    error WrongMembers();
    error NoRotation();
    error RotationNotDue(uint64 activeAt);

    event CommitteeRotationProposed(uint64 indexed epoch, uint64 activeAt, bytes[] pubkeys, bytes points);
    event CommitteeRotated(uint64 indexed epoch, bytes32 membersHash, uint256 size);

    /// The committee is kept as keccak256 of its members' G1 points, concatenated in order; each
    /// certificate carries the points (calldata costs less than reading them from storage).
    uint64 public epoch;
    bytes32 public membersHash;
    uint256 public size;

    bytes32 public nextMembersHash;
    uint256 public nextSize;
    uint64 public nextActiveAt;

    /// The one address that may register the first committee, once.
    address public immutable registrar;

    error NotRegistrar(address sender);
    error AlreadyInitialized();

    constructor(address registrar_, uint64 rotationDelay) {
        registrar = registrar_;
        ROTATION_DELAY = rotationDelay;
    }

    /// Registers the committee of epoch 0. A separate call, not the constructor: a committee of
    /// 64 members' keys and proofs does not fit EIP-3860's initcode limit.
    function initialize(Member[] calldata initial) external {
        if (msg.sender != registrar) revert NotRegistrar(msg.sender);
        if (size != 0) revert AlreadyInitialized();
        (bytes[] memory keys, bytes memory pts) = _check(initial);
        (membersHash, size) = (keccak256(pts), initial.length);
        emit CommitteeRotationProposed(0, uint64(block.timestamp), keys, pts);
        emit CommitteeRotated(0, membersHash, size);
    }

    /// The least number of signers that is at least two thirds of the committee.
    function threshold() public view returns (uint256) {
        return (2 * size + 2) / 3;
    }

    /// Reverts unless certificate = abi.encode(uint64 epoch, bytes signers, bytes signature,
    /// bytes members) is the current committee's certificate over digest: members the committee's
    /// points in order; bit i of signers (LSB first within byte i/8) for member i, ceil(n/8)
    /// bytes, no bit at or beyond n, at least threshold() set; signature (a G2 point) their
    /// aggregate signature of the 32-byte digest.
    function verifyCertificate(bytes32 digest, bytes calldata certificate) external view {
        _verify(digest, certificate);
    }

    /// The digest the current committee certifies to hand over to the members (keys in order).
    function rotationDigest(bytes[] memory next) public view returns (bytes32) {
        return keccak256(abi.encode("syncboost committee rotation", block.chainid, address(this), epoch + 1, next));
    }

    /// Proposes the next committee, certified by two thirds of the current one (certificate as in
    /// verifyCertificate, over rotationDigest); it takes over ROTATION_DELAY seconds later, so the
    /// sidecars following these events see it coming.
    function proposeRotation(Member[] calldata next, bytes calldata certificate) external {
        (bytes[] memory keys, bytes memory pts) = _check(next);
        _verify(rotationDigest(keys), certificate);
        (nextMembersHash, nextSize) = (keccak256(pts), next.length);
        nextActiveAt = uint64(block.timestamp) + ROTATION_DELAY;
        emit CommitteeRotationProposed(epoch + 1, nextActiveAt, keys, pts);
    }

    /// Installs the proposed committee once its delay has passed; anyone may call it.
    function activateRotation() external {
        if (nextActiveAt == 0) revert NoRotation();
        if (block.timestamp < nextActiveAt) revert RotationNotDue(nextActiveAt);
        (membersHash, size, epoch) = (nextMembersHash, nextSize, epoch + 1);
        (nextMembersHash, nextSize, nextActiveAt) = (bytes32(0), 0, 0);
        emit CommitteeRotated(epoch, membersHash, size);
    }

    function _verify(bytes32 digest, bytes calldata certificate) internal view {
        (uint64 e, bytes memory signers, bytes memory sig, bytes memory pts) =
            abi.decode(certificate, (uint64, bytes, bytes, bytes));
        if (e != epoch) revert WrongEpoch(e, epoch);
        if (keccak256(pts) != membersHash) revert WrongMembers();
        uint256 n = size;
        if (signers.length != (n + 7) / 8) revert BitfieldLength((n + 7) / 8, signers.length);
        bytes memory agg;
        uint256 count;
        for (uint256 i = 0; i < signers.length * 8; i++) {
            if (uint8(signers[i / 8]) & (1 << (i % 8)) == 0) continue;
            if (i >= n) revert SignerBeyondCommittee(i, n);
            bytes memory pk = _slice(pts, i * 128, 128);
            agg = count == 0 ? pk : BLS.addG1(agg, pk);
            count++;
        }
        uint256 need = (2 * n + 2) / 3;
        if (count < need) revert BelowThreshold(count, need);
        if (!BLS.verify(agg, sig, abi.encodePacked(digest), SIGN_DST)) revert BadAggregate();
    }

    /// Each member's point is its compressed key, no key twice, and its proof of possession
    /// holds; returns the keys and the concatenated points.
    function _check(Member[] memory m) internal view returns (bytes[] memory keys, bytes memory pts) {
        if (m.length == 0 || m.length > MAX_MEMBERS) revert CommitteeSize(m.length);
        keys = new bytes[](m.length);
        for (uint256 i = 0; i < m.length; i++) {
            if (!_matches(m[i].pubkey, m[i].point)) revert InvalidMember(i);
            for (uint256 j = 0; j < i; j++) {
                if (keccak256(keys[j]) == keccak256(m[i].pubkey)) revert DuplicateMember(i);
            }
            if (!BLS.verify(m[i].point, m[i].pop, m[i].pubkey, POP_DST)) revert BadPossession(i);
            keys[i] = m[i].pubkey;
            pts = abi.encodePacked(pts, m[i].point);
        }
    }

    function _slice(bytes memory b, uint256 offset, uint256 len) private pure returns (bytes memory out) {
        out = new bytes(len);
        for (uint256 i = 0; i < len; i += 32) {
            assembly {
                mstore(add(add(out, 32), i), mload(add(add(b, 32), add(offset, i))))
            }
        }
    }

    /// Whether the 48-byte compressed key c (ZCash flags: compressed, not infinity, sign of y)
    /// encodes the 128-byte EIP-2537 point p.
    function _matches(bytes memory c, bytes memory p) internal pure returns (bool) {
        if (c.length != 48 || p.length != 128) return false;
        uint8 flags = uint8(c[0]);
        if (flags & 0x80 == 0 || flags & 0x40 != 0) return false;
        if (uint8(c[0]) & 0x1f != uint8(p[16])) return false;
        for (uint256 i = 1; i < 48; i++) {
            if (c[i] != p[16 + i]) return false;
        }
        for (uint256 i = 0; i < 16; i++) {
            if (p[i] != 0 || p[64 + i] != 0) return false;
        }
        return (flags & 0x20 != 0) == _yIsLarger(p);
    }

    /// Whether y > (p - 1) / 2, the sign the compressed form records.
    function _yIsLarger(bytes memory p) private pure returns (bool) {
        uint128 hi;
        uint256 lo;
        assembly {
            hi := shr(128, mload(add(p, 112)))
            lo := mload(add(p, 128))
        }
        uint128 halfHi = 0x0d0088f51cbff34d258dd3db21a5d66b;
        uint256 halfLo = 0xb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd555;
        return hi > halfHi || (hi == halfHi && lo > halfLo);
    }
}
